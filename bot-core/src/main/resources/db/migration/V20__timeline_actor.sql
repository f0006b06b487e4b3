-- The timeline's actor is "SUPERVISOR:" and the token's label, which may have 100 characters: 80 was too
-- short, and every action of a token with a long label failed.
ALTER TABLE event_timeline MODIFY actor VARCHAR(160) NOT NULL;

-- A resident's complaint the classifier filed under an ordinary category but whose emergency probability was not
-- negligible (README "The reply as a safety net"): the grid worker's task and the township centre say so, and the
-- console shows it, so that someone checks by telephone. Events stored before this column read as not flagged.
ALTER TABLE grid_event ADD COLUMN danger_not_ruled_out BOOLEAN NOT NULL DEFAULT FALSE;
-- The event list's filter dangerNotRuledOut=true (the complaints to check), as for unreached (V10).
CREATE INDEX ix_grid_event_danger_not_ruled_out ON grid_event (danger_not_ruled_out, id);

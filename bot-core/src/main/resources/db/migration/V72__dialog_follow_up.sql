-- A complaint waiting for the resident's answer (its category or its place) whose danger the classifier did not rule
-- out is filed anyway when no answer has come by this time (README "The reply as a safety net"), so that the
-- follow-up finds the few due without reading every state. NULL: nothing to follow up.
ALTER TABLE dialog_state ADD COLUMN follow_up_at DATETIME(3) NULL;
CREATE INDEX ix_dialog_state_follow_up ON dialog_state (follow_up_at);

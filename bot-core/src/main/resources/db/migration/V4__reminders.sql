-- Care reminder runs: when each day's run happened, so the next run knows which visit due dates it
-- still has to look at (a missed day is caught up), and the reminders' own lookups.
CREATE TABLE reminder_run (
  run_date    DATE        NOT NULL PRIMARY KEY,
  started_at  DATETIME(3) NOT NULL,
  finished_at DATETIME(3)
) ${table_options};

CREATE INDEX ix_resident_updated ON resident (updated_at);
CREATE INDEX ix_resident_last_visit ON resident (last_visit_date);
CREATE INDEX ix_notification_resident ON notification (resident_id, kind);

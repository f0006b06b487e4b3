-- Worker workflow: outbox delivery leases, the working-day calendar, reminders already sent.

ALTER TABLE notification ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE notification ADD COLUMN channel VARCHAR(16);

-- Public holidays and make-up working days (调休); an admin may replace a year's rows.
CREATE TABLE calendar_day (
  cal_date   DATE        NOT NULL PRIMARY KEY,
  kind       VARCHAR(8)  NOT NULL,
  name       VARCHAR(50) NOT NULL,
  updated_at DATETIME(3) NOT NULL
) ${table_options};

-- What the deadline watch has already done for an event, so that each step happens once.
ALTER TABLE grid_event ADD COLUMN sign_reminded BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_grid_event_sign_deadline ON grid_event (status, sign_deadline);
CREATE INDEX ix_grid_event_resolve_deadline ON grid_event (overdue, resolve_deadline);
CREATE INDEX ix_grid_event_resolved ON grid_event (status, resolved_at);

-- Nothing lost (README "Failure behaviour"): the database alone keeps GridBot working when Redis is away,
-- texts of any size the portal accepts are kept whole, and the outbox's claims fence every update.

-- A complaint is kept whole, up to the portal's 64 KiB; timeline notes keep the full text of whatever
-- a shorter column had to cut (an address, a resolution); the message log keeps what was said.
ALTER TABLE grid_event MODIFY description MEDIUMTEXT NOT NULL;
ALTER TABLE event_timeline MODIFY note MEDIUMTEXT;
ALTER TABLE inbound_message MODIFY content MEDIUMTEXT;
ALTER TABLE notification MODIFY payload MEDIUMTEXT NOT NULL;
ALTER TABLE event_attachment MODIFY media_id VARCHAR(255);
ALTER TABLE event_attachment MODIFY url VARCHAR(2000);

-- Why an event waits in a dispatcher's queue (no place, nobody reachable in its grid), and whether an
-- urgent event reached nobody at all: the most urgent thing a supervisor can be shown.
ALTER TABLE grid_event ADD COLUMN queue_reason VARCHAR(24);
ALTER TABLE grid_event ADD COLUMN unreached BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_grid_event_unreached ON grid_event (unreached, id);

-- Each user's place in the conversation (a complaint waiting for its place, photos sent first…), written
-- in the same transaction as the message's other effects.
CREATE TABLE dialog_state (
  openid     VARCHAR(64)  NOT NULL PRIMARY KEY,
  state      TEXT         NOT NULL,
  expires_at DATETIME(3)  NOT NULL,
  updated_at DATETIME(3)  NOT NULL
) ${table_options};
CREATE INDEX ix_dialog_state_expires ON dialog_state (expires_at);

-- The day's event-number counter, used while Redis is away.
CREATE TABLE event_sequence (
  seq_day    DATE    NOT NULL PRIMARY KEY,
  last_value BIGINT  NOT NULL
) ${table_options};

-- ShedLock's locks for scheduled jobs (one instance runs each job at a time).
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until DATETIME(3)  NOT NULL,
  locked_at  DATETIME(3)  NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
) ${table_options};

-- Daily jobs other than the care reminders (which keep reminder_run): which dates ran, so that a date
-- missed while every instance was down runs late, once.
CREATE TABLE job_run (
  job         VARCHAR(40) NOT NULL,
  run_date    DATE        NOT NULL,
  started_at  DATETIME(3) NOT NULL,
  finished_at DATETIME(3),
  PRIMARY KEY (job, run_date)
) ${table_options};

-- An outbox claim is a token of its own: only the dispatcher holding it may record the outcome.
ALTER TABLE notification RENAME COLUMN lease_owner TO lease_token;

-- A worker's visit note is kept whole too.
ALTER TABLE resident_visit MODIFY note TEXT;

-- Supervision: statistics kept current with every event change, admin tokens, and the audit trail.

-- Counters of the events received on a day in a bucket unit, by category, as they stand now. Each
-- event counts in two buckets: its township (level T) and its community (level C); events above
-- those levels count in the unit they sit in. Overviews read these rows instead of a million events.
CREATE TABLE event_stats (
  stat_day        DATE         NOT NULL,
  level           CHAR(1)      NOT NULL,
  unit_code       VARCHAR(64)  NOT NULL,
  unit_path       VARCHAR(400) NOT NULL,
  category        VARCHAR(24)  NOT NULL,
  received        INT          NOT NULL DEFAULT 0,
  cancelled       INT          NOT NULL DEFAULT 0,
  resolved        INT          NOT NULL DEFAULT 0,
  resolved_on_time INT         NOT NULL DEFAULT 0,
  signed          INT          NOT NULL DEFAULT 0,
  signed_on_time  INT          NOT NULL DEFAULT 0,
  overdue         INT          NOT NULL DEFAULT 0,
  rated           INT          NOT NULL DEFAULT 0,
  rating_sum      INT          NOT NULL DEFAULT 0,
  urgent          INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (level, unit_code, stat_day, category)
) ${table_options};
CREATE INDEX ix_event_stats_day ON event_stats (level, stat_day, unit_path);

-- Tokens for the admin API, stored only as SHA-256 hashes.
CREATE TABLE admin_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,
  role        VARCHAR(16)  NOT NULL,
  unit_code   VARCHAR(64),
  label       VARCHAR(100) NOT NULL,
  expires_at  DATETIME(3),
  revoked_at  DATETIME(3),
  created_at  DATETIME(3)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  CONSTRAINT uk_admin_token_hash UNIQUE (token_hash)
) ${table_options};

-- Every admin write: who, when, what.
CREATE TABLE audit_log (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(3)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  role        VARCHAR(16)   NOT NULL,
  method      VARCHAR(8)    NOT NULL,
  path        VARCHAR(300)  NOT NULL,
  status      INT           NOT NULL,
  detail      VARCHAR(500)
) ${table_options};
CREATE INDEX ix_audit_log_at ON audit_log (at);

-- The event list: newest first within a unit's subtree, and by creation time.
CREATE INDEX ix_grid_event_path_created ON grid_event (unit_path, created_at);

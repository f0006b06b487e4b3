-- GridBot foundation schema. Runs on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
-- Times are DATETIME(3) in UTC; ${table_options} adds the InnoDB/utf8mb4 options on MySQL and MariaDB.

CREATE TABLE grid_unit (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(16)  NOT NULL,
  parent_code VARCHAR(64),
  path        VARCHAR(400) NOT NULL,
  keywords    VARCHAR(4000) NOT NULL DEFAULT '',
  geometry    LONGTEXT,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_grid_unit_code UNIQUE (code)
) ${table_options};
CREATE INDEX ix_grid_unit_parent ON grid_unit (parent_code);

CREATE TABLE worker (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32) NOT NULL,
  name        VARCHAR(50) NOT NULL,
  phone       VARCHAR(20),
  unit_code   VARCHAR(64) NOT NULL,
  openid      VARCHAR(64),
  on_duty     BOOLEAN     NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3) NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  CONSTRAINT uk_worker_code UNIQUE (code),
  CONSTRAINT uk_worker_openid UNIQUE (openid)
) ${table_options};
CREATE INDEX ix_worker_unit ON worker (unit_code);

CREATE TABLE resident (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  natural_key         VARCHAR(191) NOT NULL,
  name                VARCHAR(50)  NOT NULL,
  gender              CHAR(1),
  birth_date          DATE,
  birth_md            SMALLINT,
  phone               VARCHAR(20),
  id_number           VARCHAR(18),
  address             VARCHAR(200),
  grid_code           VARCHAR(64)  NOT NULL,
  tags                VARCHAR(100) NOT NULL DEFAULT '',
  birthday_care       BOOLEAN      NOT NULL DEFAULT FALSE,
  visit_interval_days INT,
  last_visit_date     DATE,
  next_visit_due      DATE,
  openid              VARCHAR(64),
  created_at          DATETIME(3)  NOT NULL,
  updated_at          DATETIME(3)  NOT NULL,
  CONSTRAINT uk_resident_natural_key UNIQUE (natural_key)
) ${table_options};
CREATE INDEX ix_resident_grid ON resident (grid_code);
CREATE INDEX ix_resident_birthday ON resident (birthday_care, birth_md);
CREATE INDEX ix_resident_visit_due ON resident (next_visit_due);
CREATE INDEX ix_resident_openid ON resident (openid);

CREATE TABLE grid_event (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number           VARCHAR(16)   NOT NULL,
  category         VARCHAR(24)   NOT NULL,
  confidence       DECIMAL(5,4),
  urgent           BOOLEAN       NOT NULL DEFAULT FALSE,
  status           VARCHAR(16)   NOT NULL,
  grid_code        VARCHAR(64),
  unit_code        VARCHAR(64)   NOT NULL,
  unit_path        VARCHAR(400)  NOT NULL,
  matched_by       VARCHAR(16)   NOT NULL,
  assignee_code    VARCHAR(32),
  reporter_openid  VARCHAR(64),
  source           VARCHAR(16)   NOT NULL,
  description      VARCHAR(2000) NOT NULL,
  address          VARCHAR(200),
  longitude        DECIMAL(10,6),
  latitude         DECIMAL(10,6),
  sign_deadline    DATETIME(3),
  resolve_deadline DATETIME(3),
  accepted_at      DATETIME(3),
  resolved_at      DATETIME(3),
  closed_at        DATETIME(3),
  resolution       VARCHAR(1000),
  overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
  flagged          BOOLEAN       NOT NULL DEFAULT FALSE,
  rating           TINYINT,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT uk_grid_event_number UNIQUE (number)
) ${table_options};
CREATE INDEX ix_grid_event_unit_path ON grid_event (unit_path, id);
CREATE INDEX ix_grid_event_status ON grid_event (status, id);
CREATE INDEX ix_grid_event_reporter ON grid_event (reporter_openid, id);
CREATE INDEX ix_grid_event_assignee ON grid_event (assignee_code, status);
CREATE INDEX ix_grid_event_created ON grid_event (created_at);

CREATE TABLE event_timeline (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id    BIGINT       NOT NULL,
  at          DATETIME(3)  NOT NULL,
  actor       VARCHAR(80)  NOT NULL,
  from_status VARCHAR(16),
  to_status   VARCHAR(16)  NOT NULL,
  note        VARCHAR(1000)
) ${table_options};
CREATE INDEX ix_event_timeline_event ON event_timeline (event_id, id);

CREATE TABLE event_attachment (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id   BIGINT       NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  media_id   VARCHAR(128),
  url        VARCHAR(500),
  created_at DATETIME(3)  NOT NULL
) ${table_options};
CREATE INDEX ix_event_attachment_event ON event_attachment (event_id);

-- One row per inbound WeChat message: the last line of exactly-once handling.
CREATE TABLE inbound_message (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  msg_key      VARCHAR(191)  NOT NULL,
  openid       VARCHAR(64)   NOT NULL,
  msg_type     VARCHAR(24)   NOT NULL,
  content      VARCHAR(2000),
  reply        VARCHAR(2048),
  event_number VARCHAR(16),
  received_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_inbound_message_key UNIQUE (msg_key)
) ${table_options};
CREATE INDEX ix_inbound_message_openid ON inbound_message (openid, id);

-- The notification outbox: written in the transaction of the change that causes it.
CREATE TABLE notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  notify_key       VARCHAR(191) NOT NULL,
  kind             VARCHAR(24)  NOT NULL,
  recipient_openid VARCHAR(64),
  worker_code      VARCHAR(32),
  resident_id      BIGINT,
  resident_name    VARCHAR(50),
  event_number     VARCHAR(16),
  unit_path        VARCHAR(400),
  payload          TEXT         NOT NULL,
  status           VARCHAR(12)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)  NOT NULL,
  last_error       VARCHAR(500),
  created_at       DATETIME(3)  NOT NULL,
  sent_at          DATETIME(3),
  CONSTRAINT uk_notification_key UNIQUE (notify_key)
) ${table_options};
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_kind ON notification (kind, created_at);
CREATE INDEX ix_notification_recipient ON notification (recipient_openid, id);

-- The five registers beside residents (房屋, 重点场所, 流动人口, 特殊人群, 帮扶对象) in one table, one row per
-- record, with the columns of every kind (a kind leaves the others empty), and their re-checks (复核).
-- next_check_due (last check + interval; NULL when never checked: due at once) and expected_leave_on carry
-- the reminder run's index ranges, as next_visit_due does for residents.
CREATE TABLE register_record (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind                VARCHAR(12)  NOT NULL,
  natural_key         VARCHAR(191) NOT NULL,
  name                VARCHAR(100),
  person              VARCHAR(50),
  phone               VARCHAR(20),
  id_number           VARCHAR(18),
  sub_kind            VARCHAR(50),
  address             VARCHAR(200),
  grid_code           VARCHAR(64)  NOT NULL,
  structure           VARCHAR(50),
  house_use           VARCHAR(50),
  occupants           INT,
  rented              BOOLEAN,
  origin              VARCHAR(100),
  arrived_on          DATE,
  expected_leave_on   DATE,
  check_interval_days INT,
  last_check_date     DATE,
  next_check_due      DATE,
  all_filled          BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at          DATETIME(3)  NOT NULL,
  updated_at          DATETIME(3)  NOT NULL,
  CONSTRAINT uk_register_record_key UNIQUE (kind, natural_key)
) ${table_options};
CREATE INDEX ix_register_record_grid ON register_record (grid_code, kind);
CREATE INDEX ix_register_record_due ON register_record (next_check_due);
CREATE INDEX ix_register_record_never ON register_record (last_check_date);
CREATE INDEX ix_register_record_leave ON register_record (expected_leave_on);
CREATE INDEX ix_register_record_updated ON register_record (updated_at);

CREATE TABLE register_check (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_id    BIGINT        NOT NULL,
  check_date   DATE          NOT NULL,
  worker_code  VARCHAR(32),
  result       VARCHAR(8)    NOT NULL,
  note         VARCHAR(1000),
  event_number VARCHAR(16),
  created_at   DATETIME(3)   NOT NULL
) ${table_options};
CREATE INDEX ix_register_check_record ON register_check (record_id, check_date);

-- A worker's "复核"/"检查" that matched several records waits here for the numbered reply (30 minutes),
-- written in the message's transaction like the dialog state.
CREATE TABLE register_pick (
  openid      VARCHAR(64)   NOT NULL PRIMARY KEY,
  record_ids  VARCHAR(400)  NOT NULL,
  result      VARCHAR(8)    NOT NULL,
  note        VARCHAR(1000),
  expires_at  DATETIME(3)   NOT NULL
) ${table_options};

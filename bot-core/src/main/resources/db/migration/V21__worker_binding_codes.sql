-- Workers bind their WeChat by a one-time code only.

-- Only the SHA-256 of a code is kept, and only while the code is live (unused, unexpired, the worker's
-- latest); a retired code keeps its row without the hash. MySQL, MariaDB and H2 allow many NULLs in a
-- unique key.
CREATE TABLE binding_code (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code_hash   CHAR(64),
  worker_code VARCHAR(32)  NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  used_at     DATETIME(3),
  created_at  DATETIME(3)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  CONSTRAINT uk_binding_code_hash UNIQUE (code_hash)
) ${table_options};
CREATE INDEX ix_binding_code_worker ON binding_code (worker_code);

-- Wrong binding codes per WeChat user within an hour of the first: five lock binding for that user. In the
-- database, so that a Redis restart does not reset the count.
CREATE TABLE binding_failure (
  openid          VARCHAR(64) NOT NULL PRIMARY KEY,
  failures        INT         NOT NULL,
  first_failed_at DATETIME(3) NOT NULL
) ${table_options};

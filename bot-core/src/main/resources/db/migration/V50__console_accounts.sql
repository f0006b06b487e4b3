-- People who sign in to the console (/console): a password hash (BCrypt), never the password; five wrong
-- passwords lock the account for a while.
CREATE TABLE console_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  unit_code      VARCHAR(64),
  failed_count   INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(3),
  created_at     DATETIME(3)  NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  CONSTRAINT uk_console_user_name UNIQUE (username)
) ${table_options};

-- Signed-in sessions: the SHA-256 hash of the session token, never the token.
CREATE TABLE console_session (
  token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
  user_id     BIGINT       NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  created_at  DATETIME(3)  NOT NULL
) ${table_options};
CREATE INDEX ix_console_session_user ON console_session (user_id);

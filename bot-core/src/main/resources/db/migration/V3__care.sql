-- Care visits (走访): the log, which also moves each resident's next due date.
CREATE TABLE resident_visit (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resident_id BIGINT        NOT NULL,
  visit_date  DATE          NOT NULL,
  worker_code VARCHAR(32),
  note        VARCHAR(1000),
  created_at  DATETIME(3)   NOT NULL
) ${table_options};
CREATE INDEX ix_resident_visit_resident ON resident_visit (resident_id, visit_date);
CREATE INDEX ix_resident_grid_name ON resident (grid_code, name);

-- event_unit_count (V9) was created without ${table_options}: on MySQL and MariaDB it took the server's
-- default engine and character set. Recreated with them, its rows kept.
CREATE TABLE event_unit_count_v22 (
  unit_code  VARCHAR(64)  NOT NULL,
  unit_path  VARCHAR(400) NOT NULL,
  events     BIGINT       NOT NULL,
  PRIMARY KEY (unit_code)
) ${table_options};
INSERT INTO event_unit_count_v22 (unit_code, unit_path, events) SELECT unit_code, unit_path, events FROM event_unit_count;
DROP TABLE event_unit_count;
ALTER TABLE event_unit_count_v22 RENAME TO event_unit_count;

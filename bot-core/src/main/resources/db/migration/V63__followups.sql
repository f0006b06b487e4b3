-- Follow-up calls (电话回访): a supervisor calls the reporter of a closed event and records the answer. unit_path and
-- the event's day let the statistics count follow-up satisfaction beside the ratings.
CREATE TABLE event_followup (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_number VARCHAR(16)   NOT NULL,
  unit_path    VARCHAR(400)  NOT NULL,
  result       VARCHAR(12)   NOT NULL,
  note         VARCHAR(500),
  called_at    DATETIME(3)   NOT NULL,
  called_by    VARCHAR(160)  NOT NULL
) ${table_options};
CREATE INDEX ix_event_followup_path ON event_followup (unit_path, called_at);
CREATE INDEX ix_event_followup_event ON event_followup (event_number);

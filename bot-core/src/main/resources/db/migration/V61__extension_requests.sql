-- Extension requests (延期): the assignee asks for more working days, a supervisor approves or refuses. unit_path is
-- the event's place when asked: who may decide, and which requests a supervisor's list shows.
CREATE TABLE extension_request (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_number      VARCHAR(16)   NOT NULL,
  worker_code       VARCHAR(32)   NOT NULL,
  working_days      INT           NOT NULL,
  reason            VARCHAR(1000) NOT NULL,
  status            VARCHAR(12)   NOT NULL,
  unit_path         VARCHAR(400)  NOT NULL,
  requested_at      DATETIME(3)   NOT NULL,
  previous_deadline DATETIME(3),
  new_deadline      DATETIME(3),
  decided_at        DATETIME(3),
  decided_by        VARCHAR(160),
  decision_note     VARCHAR(500)
) ${table_options};
CREATE INDEX ix_extension_request_event ON extension_request (event_number, status);
CREATE INDEX ix_extension_request_status ON extension_request (status, unit_path);

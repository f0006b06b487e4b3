-- The grid worker's own day (README "The grid worker's own day"): events now say who reported them —
-- RESIDENT, WORKER or OPEN311 — and patrols (一日双巡) with their tracks are kept.
UPDATE grid_event SET source = 'RESIDENT' WHERE source = 'WECHAT';

-- One row per patrol. open_worker holds the worker's code while the patrol is open and NULL after, so the
-- unique key allows one open patrol per worker, on every instance at once. duty_day and half_day are the local
-- day and half-day (MORNING, AFTERNOON) it started in: what it counts for in the twice-daily duty.
CREATE TABLE patrol (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  worker_code   VARCHAR(32)   NOT NULL,
  unit_code     VARCHAR(64)   NOT NULL,
  unit_path     VARCHAR(400)  NOT NULL,
  started_at    DATETIME(3)   NOT NULL,
  duty_day      DATE          NOT NULL,
  half_day      VARCHAR(9)    NOT NULL,
  ended_at      DATETIME(3),
  points        INT           NOT NULL DEFAULT 0,
  inside_points INT           NOT NULL DEFAULT 0,
  valid         BOOLEAN       NOT NULL DEFAULT FALSE,
  auto_ended    BOOLEAN       NOT NULL DEFAULT FALSE,
  note          VARCHAR(1000),
  open_worker   VARCHAR(32),
  CONSTRAINT uk_patrol_open_worker UNIQUE (open_worker)
) ${table_options};
CREATE INDEX ix_patrol_worker ON patrol (worker_code, started_at);
CREATE INDEX ix_patrol_unit_path ON patrol (unit_path, started_at);
CREATE INDEX ix_patrol_started ON patrol (started_at);
CREATE INDEX ix_patrol_duty ON patrol (duty_day, valid);

-- The track: every location the worker shared during the patrol, and whether it lay inside their grid.
CREATE TABLE patrol_point (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  patrol_id  BIGINT        NOT NULL,
  at         DATETIME(3)   NOT NULL,
  longitude  DECIMAL(10,6) NOT NULL,
  latitude   DECIMAL(10,6) NOT NULL,
  inside     BOOLEAN       NOT NULL
) ${table_options};
CREATE INDEX ix_patrol_point_patrol ON patrol_point (patrol_id, id);

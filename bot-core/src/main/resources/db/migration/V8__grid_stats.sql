-- Counters per grid (event_stats level 'G'): a community's or a grid's overview read its events, which
-- at 1,000,000 events cost ~6,000 scattered row reads per community for a year (0.6-0.8 s); grid rows
-- are a few thousand and sit together in the primary key. Overviews now read the counters of the level
-- below the unit by primary key (level, unit_code, stat_day, category), so the day index goes.
--
-- An event's grid-level bucket is its own unit, so the rows of the events already stored are filled
-- here, on the Asia/Shanghai day (UTC+8, the default gridbot.time-zone). A deployment configured to
-- another zone recounts them with POST /api/v1/stats/rebuild after upgrading.
INSERT INTO event_stats (stat_day, level, unit_code, unit_path, category, received, cancelled, resolved,
                         resolved_on_time, signed, signed_on_time, overdue, rated, rating_sum, urgent)
SELECT CAST(TIMESTAMPADD(SECOND, 28800, e.created_at) AS DATE), 'G', e.unit_code, MIN(e.unit_path), e.category,
       SUM(CASE WHEN e.status = 'CANCELLED' THEN 0 ELSE 1 END),
       SUM(CASE WHEN e.status = 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.status IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.status IN ('RESOLVED', 'CLOSED') AND e.resolved_at IS NOT NULL
                 AND (e.resolve_deadline IS NULL OR e.resolved_at <= e.resolve_deadline) THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.accepted_at IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.accepted_at IS NOT NULL AND (e.sign_deadline IS NULL OR e.accepted_at <= e.sign_deadline)
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.overdue AND e.status <> 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN e.rating IS NOT NULL THEN 1 ELSE 0 END),
       COALESCE(SUM(e.rating), 0),
       SUM(CASE WHEN e.urgent THEN 1 ELSE 0 END)
  FROM grid_event e
 GROUP BY CAST(TIMESTAMPADD(SECOND, 28800, e.created_at) AS DATE), e.unit_code, e.category;

DROP INDEX ix_event_stats_day ON event_stats;

-- Where each unit's events count at each level, written by the rebuild (from the grid tree) so that it
-- recounts every level with one INSERT ... SELECT over the events.
CREATE TABLE stats_bucket (
  level        CHAR(1)      NOT NULL,
  unit_code    VARCHAR(64)  NOT NULL,
  bucket_code  VARCHAR(64)  NOT NULL,
  bucket_path  VARCHAR(400) NOT NULL,
  PRIMARY KEY (level, unit_code)
) ${table_options};

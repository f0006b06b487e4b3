-- A coarse index of the event ids for the unfiltered event list's pages by number: how many events there are
-- in each block of 4,096 consecutive ids (ids have gaps: rolled-back inserts use up ids too). A page deep in the
-- middle is found by adding up a few hundred block counts and walking at most one block, instead of walking the
-- offset over half a million ids (MyBatisGridEvents.search). Kept with each insert; the statistics rebuild
-- recounts it.
CREATE TABLE event_id_block (
  block   BIGINT NOT NULL PRIMARY KEY,
  events  INT    NOT NULL
) ${table_options};

INSERT INTO event_id_block (block, events) SELECT FLOOR(id / 4096), COUNT(*) FROM grid_event GROUP BY FLOOR(id / 4096);

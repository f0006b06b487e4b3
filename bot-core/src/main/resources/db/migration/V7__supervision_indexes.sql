-- The supervisor's filtered event lists: a unit's subtree (unit_path LIKE 'prefix%') with a status, or
-- its overdue events. Each request also counts them for `total` (GridEventMapper count, same filters).
-- Only (status, id), (status, ...) and (overdue, resolve_deadline) existed, so MariaDB found the
-- status's or the overdue flag's rows for the whole county and read every one from the table to check
-- its path: at 1,000,000 events, one township's ASSIGNED events (1,829) cost 35,132 row reads (1.5 s)
-- and its overdue events (7,547) a full scan (2.2 s), per COUNT(*). With the path in the index both
-- become one index range over exactly the matching entries, without reading the table (1-7 ms), and a
-- deep page sorts those entries instead of walking the whole table by id.
CREATE INDEX ix_grid_event_status_path ON grid_event (status, unit_path);
CREATE INDEX ix_grid_event_overdue_path ON grid_event (overdue, unit_path);

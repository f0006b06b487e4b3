-- Duplicate reports (重复件): a complaint repeating an open event is stored MERGED into it (merged_into: the main
-- event's number). The intake's look for candidates reads one grid's events of one category since a moment.
ALTER TABLE grid_event ADD COLUMN merged_into VARCHAR(16);
CREATE INDEX ix_grid_event_merged_into ON grid_event (merged_into);
CREATE INDEX ix_grid_event_grid_category ON grid_event (grid_code, category, created_at);

-- Merged reports count as received but not as events to resolve: the completion rate's denominator leaves them out.
ALTER TABLE event_stats ADD COLUMN merged INT NOT NULL DEFAULT 0;

-- The re-check reminders' lookups by due date (RegisterMapper selectCycleDueBetween, selectNeverChecked) and by a
-- floating resident's leaving day (selectLeavingBetween) found each record through a narrow index and then read its
-- row from the table: one random page per record, from disk once the table outgrows the buffer pool (a week's
-- catch-up over 1,000,000 records reads some 60,000 records by due date and 2,600 by leaving day). As for the
-- residents (V24), each index now carries every column the reminder run reads (RegisterMapper "dueColumns"), so a
-- lookup is one range over index entries side by side and the table is not touched. last_check_date comes second in
-- the due index so that the never-checked records (next_check_due and last_check_date both NULL) are one range of
-- it too. Same leading columns as before: the indexes still serve the register list's due filter and ordering.
DROP INDEX ix_register_record_due ON register_record;
CREATE INDEX ix_register_record_due ON register_record (next_check_due, last_check_date, kind, grid_code, check_interval_days,
  expected_leave_on, sub_kind, name, address);
DROP INDEX ix_register_record_leave ON register_record;
CREATE INDEX ix_register_record_leave ON register_record (expected_leave_on, kind, last_check_date, grid_code,
  check_interval_days, sub_kind, name, address);

package cn.gridbot.register;

import java.time.LocalDate;
import java.util.List;

/** Counts of the registers per grid and kind, for the statistics. */
public interface RegisterTally {

    /** One row per grid and kind under {@code unitPath} (null: the county), as they stand on {@code today}. */
    List<GridCount> countByGrid(String unitPath, LocalDate today);

    /**
     * A grid's records of one kind: how many, how many checked within their interval (not yet due again),
     * how many overdue (a due date before today), how many with every column filled.
     */
    record GridCount(String gridCode, RegisterKind kind, long records, long checkedInTime, long overdue, long complete) {
    }
}

package cn.gridbot.stats;

import java.util.Optional;

import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.UnitLevel;

/**
 * The three levels of kept counters (event_stats.level). Each event counts once at every level, in the
 * unit that is its township, its community and its grid; where the tree skips a level, or the event sits
 * above it, in the nearest unit above. An overview of a unit reads the level just below it.
 */
public enum StatsLevel {
    TOWNSHIP("T", UnitLevel.TOWNSHIP), COMMUNITY("C", UnitLevel.COMMUNITY), GRID("G", UnitLevel.GRID);

    private final String code;
    private final UnitLevel unitLevel;

    StatsLevel(String code, UnitLevel unitLevel) {
        this.code = code;
        this.unitLevel = unitLevel;
    }

    /** The value stored in event_stats.level. */
    public String code() {
        return code;
    }

    public UnitLevel unitLevel() {
        return unitLevel;
    }

    /** The counters an overview of a unit at {@code level} reads: its children's (a grid's own). */
    public static StatsLevel below(UnitLevel level) {
        return switch (level) {
            case COUNTY -> TOWNSHIP;
            case TOWNSHIP -> COMMUNITY;
            case COMMUNITY, GRID, DEPARTMENT -> GRID;
        };
    }

    /** The unit an event of {@code unitCode} counts in at this level; empty for a unit no longer in the tree. */
    public Optional<GridUnit> bucketOf(String unitCode, GridDirectory directory) {
        return directory.ancestorAt(unitCode, unitLevel);
    }
}

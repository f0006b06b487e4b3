package cn.gridbot.gridevent;

import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;

/** Where an event sits in the unit tree: its grid (null above the grid level), its unit and how it was found. */
public record Placement(String gridCode, String unitCode, String unitPath, MatchedBy matchedBy) {

    public static Placement in(GridUnit unit, MatchedBy by) {
        return new Placement(unit.isGrid() ? unit.code() : null, unit.code(), unit.path(), by);
    }
}

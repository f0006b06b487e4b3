package cn.gridbot.grid;

/** Levels of the administrative tree, from the county down to the grid. */
public enum UnitLevel {
    COUNTY, TOWNSHIP, COMMUNITY, GRID;

    /** Whether this level runs a dispatcher queue for events that reach no grid. */
    public boolean dispatches() {
        return this == COUNTY || this == TOWNSHIP;
    }
}

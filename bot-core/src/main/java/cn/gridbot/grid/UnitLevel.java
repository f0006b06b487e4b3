package cn.gridbot.grid;

/**
 * Levels of the administrative tree, from the county down to the grid, and the functional departments (职能部门):
 * a DEPARTMENT sits under the county or a township, holds no events of its own and takes transferred ones.
 */
public enum UnitLevel {
    COUNTY, TOWNSHIP, COMMUNITY, GRID, DEPARTMENT;

    /** Whether this level runs a dispatcher queue for events that reach no grid. */
    public boolean dispatches() {
        return this == COUNTY || this == TOWNSHIP;
    }
}

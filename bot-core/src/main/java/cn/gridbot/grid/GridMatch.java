package cn.gridbot.grid;

/**
 * Where an event belongs: {@code unit} is the grid when one was found, otherwise the dispatching unit
 * (township or county) whose queue takes the event.
 */
public record GridMatch(GridUnit unit, MatchedBy matchedBy) {

    public String gridCode() {
        return unit != null && unit.isGrid() ? unit.code() : null;
    }

    public boolean foundGrid() {
        return gridCode() != null;
    }
}

package cn.gridbot.admin.security;

/** What a token may do: ADMIN everything county-wide; SUPERVISOR read and act in one unit's subtree; VIEWER read there. */
public enum Role {
    ADMIN, SUPERVISOR, VIEWER;

    public boolean mayAct() {
        return this != VIEWER;
    }
}

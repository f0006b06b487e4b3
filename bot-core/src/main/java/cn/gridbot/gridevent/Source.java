package cn.gridbot.gridevent;

/**
 * Who reported an event: a resident over WeChat, a grid worker on their own round (报事, README "The grid worker's
 * own day"), an Open311 client; or a supervisor.
 */
public enum Source {
    RESIDENT, WORKER, OPEN311, ADMIN;

    /** The name a resident's report had before workers reported events too (V30 renamed the stored ones). */
    @Deprecated
    public static final Source WECHAT = RESIDENT;
}

package cn.gridbot.gridevent;

/** Why an event waits in a dispatcher's queue instead of going straight to a grid worker. */
public enum QueueReason {

    /** The report named no place GridBot could put in a grid. */
    NO_GRID("位置不明,未能确定网格"),
    /** The grid has no on-duty worker bound to WeChat: nobody there could be told. */
    NO_REACHABLE_WORKER("网格内没有已绑定微信的在岗网格员");

    private final String label;

    QueueReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.gridbot.gridevent;

/** Lifecycle states of SPEC §5. */
public enum EventStatus {
    REPORTED("已受理"),
    ASSIGNED("已派发"),
    ACCEPTED("已签收"),
    RESOLVED("已办结"),
    CLOSED("已关闭"),
    RETURNED("已退回"),
    ESCALATED("已上报"),
    CANCELLED("已撤销"),
    REOPENED("已重办");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for someone to act: not yet resolved, closed or cancelled. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != CANCELLED;
    }
}

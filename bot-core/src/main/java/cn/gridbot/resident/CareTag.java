package cn.gridbot.resident;

/** Why a resident needs attention from the grid workers. */
public enum CareTag {
    ELDERLY("老人"), EMPTY_NEST("空巢老人"), DISABLED("残疾人"), POVERTY_RELIEF("帮扶对象"), KEY_CARE("重点关爱");

    private final String label;

    CareTag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether residents with this tag get birthday reminders (README "Conversation"). */
    public boolean remindsBirthday() {
        return this == ELDERLY || this == EMPTY_NEST;
    }
}

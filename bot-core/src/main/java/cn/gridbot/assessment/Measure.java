package cn.gridbot.assessment;

/**
 * The measures of the monthly assessment (README "Departments and supervision"), each a value from 0 (worst) to 1
 * (best) or null when there was nothing to measure; {@link #key()} names its weight,
 * {@code gridbot.assessment.weights.<key>}.
 */
public enum Measure {
    ON_TIME("onTime"),
    SIGN_TIMELY("signTimely"),
    SATISFACTION("satisfaction"),
    REOPENED("reopened"),
    VISITS("visits"),
    PATROLS("patrols"),
    CHECKS("checks"),
    SELF_REPORTS("selfReports");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

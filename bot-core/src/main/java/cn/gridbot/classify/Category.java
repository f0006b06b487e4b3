package cn.gridbot.classify;

/** The fixed event categories of README "The classifier and emergencies". */
public enum Category {
    EMERGENCY("紧急求助"),
    ENVIRONMENT("环境卫生"),
    MUNICIPAL("市政设施"),
    GREENERY("园林绿化"),
    SAFETY("安全隐患"),
    PUBLIC_ORDER("社会治安"),
    DISPUTE("矛盾纠纷"),
    URBAN_MANAGEMENT("城市管理"),
    LIVELIHOOD("民生服务"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a message of this category describes something to act on (everything but OTHER). */
    public boolean actionable() {
        return this != OTHER;
    }
}

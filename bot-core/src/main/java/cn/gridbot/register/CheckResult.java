package cn.gridbot.register;

import java.util.Locale;
import java.util.Optional;

/** What a re-check found: all as registered, something changed (the record is to be updated), or a hazard. */
public enum CheckResult {
    OK("正常"), CHANGED("变化"), HAZARD("隐患");

    private final String label;

    CheckResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The result a worker typed: 正常 / 变化 / 隐患 or the English word. */
    public static Optional<CheckResult> typed(String word) {
        for (CheckResult r : values()) {
            if (r.label.equals(word) || r.name().equalsIgnoreCase(word.toUpperCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

package cn.gridbot.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registers (README "Registers"): their CSV headers and the check interval a record gets when its
 * {@code checkIntervalDays} is empty. SPECIAL records are for ADMIN eyes only.
 */
public enum RegisterKind {
    HOUSE("房屋", 365, List.of("address", "gridCode", "structure", "use", "owner", "ownerPhone", "occupants", "rented",
            "checkIntervalDays", "lastCheckDate")),
    PLACE("重点场所", 30, List.of("name", "placeKind", "address", "gridCode", "contact", "contactPhone", "checkIntervalDays",
            "lastCheckDate")),
    FLOATING("流动人口", 90, List.of("name", "idNumber", "phone", "origin", "address", "gridCode", "arrivedOn",
            "expectedLeaveOn", "checkIntervalDays", "lastCheckDate")),
    SPECIAL("特殊人群", 30, List.of("name", "idNumber", "specialKind", "address", "gridCode", "checkIntervalDays",
            "lastCheckDate")),
    ASSISTED("帮扶对象", 90, List.of("name", "idNumber", "phone", "assistKind", "address", "gridCode", "checkIntervalDays",
            "lastCheckDate"));

    private final String label;
    private final int defaultIntervalDays;
    private final List<String> header;

    RegisterKind(String label, int defaultIntervalDays, List<String> header) {
        this.label = label;
        this.defaultIntervalDays = defaultIntervalDays;
        this.header = header;
    }

    public String label() {
        return label;
    }

    public int defaultIntervalDays() {
        return defaultIntervalDays;
    }

    public List<String> header() {
        return header;
    }

    /** Whether only an ADMIN may see records of this kind (and their existence). */
    public boolean adminOnly() {
        return this == SPECIAL;
    }

    /** The kind a path segment names ({@code house}, {@code HOUSE}); empty for anything else. */
    public static Optional<RegisterKind> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package cn.gridbot.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The two halves of a working day, each owing a valid patrol that starts in it (一日双巡). */
public enum HalfDay {
    MORNING("上午"), AFTERNOON("下午");

    private final String label;

    HalfDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first instant of this half of {@code day}. */
    public Instant start(LocalDate day, LocalTime noon, ZoneId zone) {
        return this == MORNING ? day.atStartOfDay(zone).toInstant() : day.atTime(noon).atZone(zone).toInstant();
    }

    /** The instant this half of {@code day} is over. */
    public Instant end(LocalDate day, LocalTime noon, ZoneId zone) {
        return this == MORNING ? day.atTime(noon).atZone(zone).toInstant() : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public static HalfDay of(Instant at, LocalTime noon, ZoneId zone) {
        return at.atZone(zone).toLocalTime().isBefore(noon) ? MORNING : AFTERNOON;
    }
}

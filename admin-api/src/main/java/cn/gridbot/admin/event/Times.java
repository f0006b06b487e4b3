package cn.gridbot.admin.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.gridbot.common.DomainException;

/** Reads and writes times the way a supervisor and a spreadsheet expect, in the configured time zone. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime show(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    /** {@code from}: a date (its first moment) or an ISO-8601 date-time with offset. */
    public static Instant from(String value, ZoneId zone) {
        return parse(value, zone, "from", false);
    }

    /** {@code to}: a date (inclusive, up to its end) or an ISO-8601 date-time with offset (exclusive). */
    public static Instant to(String value, ZoneId zone) {
        return parse(value, zone, "to", true);
    }

    private static Instant parse(String value, ZoneId zone, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-parameter",
                    name + " must be a date (YYYY-MM-DD) or an ISO-8601 date-time with offset");
        }
    }
}

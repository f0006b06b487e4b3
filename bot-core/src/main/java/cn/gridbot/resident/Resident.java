package cn.gridbot.resident;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A resident of a grid. {@code id} is null until stored. */
public record Resident(Long id, String name, String gender, LocalDate birthDate, String phone, String idNumber,
        String address, String gridCode, Set<CareTag> tags, Integer visitIntervalDays, LocalDate lastVisitDate,
        String openid) {

    public Resident {
        tags = tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    public boolean remindsBirthday() {
        return tags.stream().anyMatch(CareTag::remindsBirthday);
    }

    public boolean hasVisitSchedule() {
        return visitIntervalDays != null && visitIntervalDays > 0;
    }

    /** {@code lastVisitDate + visitIntervalDays}; null without a schedule or without a last visit (then due at once). */
    public LocalDate nextVisitDue() {
        return hasVisitSchedule() && lastVisitDate != null ? lastVisitDate.plusDays(visitIntervalDays) : null;
    }

    /** The key that identifies a resident across imports: name, birth date and phone. */
    public String naturalKey() {
        return name + "|" + (birthDate == null ? "" : birthDate) + "|" + (phone == null ? "" : phone);
    }
}

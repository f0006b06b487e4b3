package cn.gridbot.resident;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a resident is named in reminders and replies: name, age, care tags and address — never a phone
 * or ID number (README "Failure behaviour"), e.g. "付良容 87岁 空巢老人 · 海慧路12号".
 */
public final class CareLabels {

    private CareLabels() {
    }

    public static String describe(Resident r, LocalDate on) {
        StringBuilder text = new StringBuilder(r.name());
        if (r.birthDate() != null) {
            text.append(" ").append(Period.between(r.birthDate(), on).getYears()).append("岁");
        }
        String tags = r.tags().stream().sorted().map(CareTag::label).collect(Collectors.joining("、"));
        if (!tags.isEmpty()) {
            text.append(" ").append(tags);
        }
        if (r.address() != null && !r.address().isBlank()) {
            text.append(" · ").append(r.address());
        }
        return text.toString();
    }

    /**
     * The next birthday on or after {@code from}. A 29 February birthday falls on 28 February in
     * years that are not leap years (README "Conversation").
     */
    public static LocalDate nextBirthday(LocalDate birthDate, LocalDate from) {
        LocalDate thisYear = on(birthDate, from.getYear());
        return thisYear.isBefore(from) ? on(birthDate, from.getYear() + 1) : thisYear;
    }

    /**
     * The stored birth days of the year ({@code month * 100 + day}) whose birthday falls on one of the
     * dates from {@code first} to {@code last}: the dates themselves, plus 29 February on a 28 February
     * of a year that is not a leap year.
     */
    public static List<Integer> birthMonthDays(LocalDate first, LocalDate last) {
        List<Integer> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d.getMonthValue() * 100 + d.getDayOfMonth());
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                days.add(229);
            }
        }
        return days;
    }

    /** The birthday in a given year: MonthDay.atYear moves 29 February to the 28th in other years. */
    public static LocalDate on(LocalDate birthDate, int year) {
        return MonthDay.from(birthDate).atYear(year);
    }
}

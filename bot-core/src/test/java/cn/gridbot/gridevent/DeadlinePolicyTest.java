package cn.gridbot.gridevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gridbot.calendar.CalendarTestData;
import cn.gridbot.classify.Category;
import cn.gridbot.common.GridbotSettings;

/** Working-day arithmetic on the shipped calendar: National Day 2026 and its 调休 Saturday. */
class DeadlinePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DeadlinePolicy policy = new DeadlinePolicy(CalendarTestData.shipped(),
            new DeadlineSettings(Duration.ofMinutes(15), Duration.ofDays(1), Duration.ofHours(4), 3, LocalTime.of(8, 0),
                    LocalTime.of(18, 0), Duration.ofHours(1), Duration.ofDays(7), Map.of()),
            new GridbotSettings(SHANGHAI));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private Deadlines ordinary(String local) {
        return policy.forAssignment(Category.MUNICIPAL, false, at(local));
    }

    @Test
    void aMondayReportIsDueThursdayEvening() {
        Deadlines d = ordinary("2026-11-23T10:00");
        assertThat(d.signBy()).isEqualTo(at("2026-11-23T14:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-11-26T18:00"));
    }

    @Test
    void theNationalDayHolidayIsSkippedAndTheMakeUpSaturdayCounts() {
        // Wed 30 Sep 2026, 16:00: 1–7 Oct are off, Sat 10 Oct is a 调休 working day.
        Deadlines d = ordinary("2026-09-30T16:00");
        assertThat(d.signBy()).isEqualTo(at("2026-10-08T10:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-10-10T18:00"));
    }

    @Test
    void aWeekendReportWaitsForTheFirstWorkingMorning() {
        Deadlines d = ordinary("2026-11-28T21:30");
        assertThat(d.signBy()).isEqualTo(at("2026-11-30T12:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-12-02T18:00"));
    }

    @Test
    void theMakeUpSundayBeforeNationalDayIsAWorkingDay() {
        // Sun 20 Sep 2026 is a 调休 working day: the clock runs that day.
        assertThat(ordinary("2026-09-20T09:00").signBy()).isEqualTo(at("2026-09-20T13:00"));
    }

    @Test
    void emergenciesRunOnTheClockThroughHolidays() {
        Deadlines d = policy.forAssignment(Category.EMERGENCY, true, at("2026-10-01T23:50"));
        assertThat(d.signBy()).isEqualTo(at("2026-10-02T00:05"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-10-02T23:50"));
    }

    @Test
    void aCategoryCanHaveItsOwnDeadlines() {
        DeadlinePolicy custom = new DeadlinePolicy(CalendarTestData.shipped(), new DeadlineSettings(Duration.ofMinutes(15),
                Duration.ofDays(1), Duration.ofHours(4), 3, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(1),
                Duration.ofDays(7), Map.of(Category.LIVELIHOOD, new DeadlineSettings.Rule(Duration.ofHours(8), 5))),
                new GridbotSettings(SHANGHAI));
        Deadlines d = custom.forAssignment(Category.LIVELIHOOD, false, at("2026-11-23T10:00"));
        assertThat(d.signBy()).isEqualTo(at("2026-11-23T18:00"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-11-30T18:00"));
    }
}

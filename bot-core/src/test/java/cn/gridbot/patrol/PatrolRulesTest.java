package cn.gridbot.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The half-days split at noon local time, and what makes a patrol valid (README "The grid worker's own day"). */
class PatrolRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aPatrolCountsForTheHalfDayItStartsIn() {
        assertThat(HalfDay.of(Instant.parse("2026-05-09T03:59:59Z"), LocalTime.NOON, SHANGHAI)).isEqualTo(HalfDay.MORNING);
        assertThat(HalfDay.of(Instant.parse("2026-05-09T04:00:00Z"), LocalTime.NOON, SHANGHAI)).isEqualTo(HalfDay.AFTERNOON);
        LocalDate day = LocalDate.of(2026, 5, 9);
        assertThat(HalfDay.MORNING.end(day, LocalTime.NOON, SHANGHAI)).isEqualTo(HalfDay.AFTERNOON.start(day, LocalTime.NOON, SHANGHAI));
        assertThat(HalfDay.AFTERNOON.end(day, LocalTime.NOON, SHANGHAI)).isEqualTo(Instant.parse("2026-05-09T16:00:00Z"));
    }

    @Test
    void validTakesLongEnoughAndEnoughPointsInside() {
        PatrolSettings rules = PatrolTestData.DEFAULTS;
        assertThat(rules.valid(Duration.ofMinutes(20), 3)).isTrue();
        assertThat(rules.valid(Duration.ofMinutes(19).plusSeconds(59), 10)).isFalse();
        assertThat(rules.valid(Duration.ofHours(2), 2)).isFalse();
    }
}

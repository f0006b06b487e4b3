package cn.gridbot.patrol;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.patrol.*}: a patrol is valid when it lasted at least {@code min-duration} and at least
 * {@code min-points} of its points lie inside the worker's grid; an open patrol ends by itself after
 * {@code max-duration}; PATROL_DUE reminds at {@code remind-morning} and {@code remind-afternoon}; the half-days
 * split at {@code noon}.
 */
@ConfigurationProperties("gridbot.patrol")
public record PatrolSettings(@DefaultValue("PT20M") Duration minDuration, @DefaultValue("3") int minPoints,
        @DefaultValue("PT4H") Duration maxDuration, @DefaultValue("10:30") LocalTime remindMorning,
        @DefaultValue("16:30") LocalTime remindAfternoon, @DefaultValue("12:00") LocalTime noon) {

    /** Whether a patrol with these figures counts. */
    public boolean valid(Duration lasted, int insidePoints) {
        return lasted.compareTo(minDuration) >= 0 && insidePoints >= minPoints;
    }
}

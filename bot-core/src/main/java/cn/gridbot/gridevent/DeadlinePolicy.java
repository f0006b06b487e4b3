package cn.gridbot.gridevent;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Category;

/**
 * Sign-for and resolve deadlines per category (SPEC §4.3 defaults: EMERGENCY 15 minutes / 1 day,
 * others 4 hours / 3 days).
 */
@Component
public class DeadlinePolicy {

    public Deadlines forAssignment(Category category, boolean urgent, Instant at) {
        if (urgent || category == Category.EMERGENCY) {
            return new Deadlines(at.plus(Duration.ofMinutes(15)), at.plus(Duration.ofDays(1)));
        }
        return new Deadlines(at.plus(Duration.ofHours(4)), at.plus(Duration.ofDays(3)));
    }
}

package cn.gridbot.gridevent;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.gridbot.classify.Category;

/**
 * {@code gridbot.deadlines.*} (README "Event lifecycle"). Urgent events run on the clock: {@code urgentSign} to sign
 * for, {@code urgentResolve} to resolve. Others count working time from the holiday calendar:
 * {@code sign} in working hours ({@code workDayStart}–{@code workDayEnd} of working days) and
 * {@code resolveWorkingDays} ending at the close of that working day; {@code categories} overrides
 * both per category. A sign-for still missing {@code escalateAfter} past its deadline goes up to the
 * township centre; a resolved event without a rating closes after {@code closeUnratedAfter}.
 */
@ConfigurationProperties("gridbot.deadlines")
record DeadlineSettings(
        @DefaultValue("PT15M") Duration urgentSign,
        @DefaultValue("P1D") Duration urgentResolve,
        @DefaultValue("PT4H") Duration sign,
        @DefaultValue("3") int resolveWorkingDays,
        @DefaultValue("08:00") LocalTime workDayStart,
        @DefaultValue("18:00") LocalTime workDayEnd,
        @DefaultValue("PT1H") Duration escalateAfter,
        @DefaultValue("P7D") Duration closeUnratedAfter,
        Map<Category, Rule> categories) {

    /** A category's own deadlines; null fields fall back to the defaults. */
    public record Rule(Duration sign, Integer resolveWorkingDays) {
    }

    public DeadlineSettings {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    Duration signFor(Category category) {
        Rule rule = categories.get(category);
        return rule != null && rule.sign() != null ? rule.sign() : sign;
    }

    int resolveDaysFor(Category category) {
        Rule rule = categories.get(category);
        return rule != null && rule.resolveWorkingDays() != null ? rule.resolveWorkingDays() : resolveWorkingDays;
    }
}

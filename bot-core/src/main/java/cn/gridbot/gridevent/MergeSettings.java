package cn.gridbot.gridevent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.gridbot.duplicate.TextSimilarity;

/**
 * {@code gridbot.merge.*} (README "Departments and supervision"): whether repeated complaints are merged, how far back
 * an open event counts ({@code window}), how near a location makes the same problem ({@code distanceMeters}), and the
 * text similarity from which it does ({@code similarity}; default {@link TextSimilarity#THRESHOLD}).
 */
@ConfigurationProperties("gridbot.merge")
record MergeSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT72H") Duration window,
        @DefaultValue("100") double distanceMeters, Double similarity) {

    double threshold() {
        return similarity == null ? TextSimilarity.THRESHOLD : similarity;
    }
}

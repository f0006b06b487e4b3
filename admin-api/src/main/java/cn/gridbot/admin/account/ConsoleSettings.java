package cn.gridbot.admin.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.console.*}: how long a session lasts from sign-in ({@code session-validity}, 12 hours), how many
 * wrong passwords in a row lock an account ({@code max-failures}, 5) and for how long ({@code lock-duration},
 * 15 minutes); the map's tile server ({@code tile-url}, a Leaflet URL template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png}, with {@code tile-attribution}): without one the map draws
 * the grid polygons alone, so the console needs nothing from outside.
 */
@ConfigurationProperties("gridbot.console")
public record ConsoleSettings(@DefaultValue("PT12H") Duration sessionValidity, @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockDuration, String tileUrl, String tileAttribution) {
}

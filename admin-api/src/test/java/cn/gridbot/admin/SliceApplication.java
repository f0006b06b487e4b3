package cn.gridbot.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import cn.gridbot.common.GridbotSettings;

/** The configuration the admin API's slice tests start from: MVC only, a fixed clock. */
@SpringBootApplication
@EnableConfigurationProperties(GridbotSettings.class)
public class SliceApplication {

    public static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}

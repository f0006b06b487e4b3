package cn.gridbot.app.simulator;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulator page ({@code gridbot.simulator.*}): on by default only in the embedded mode.
 * {@code mediaDir} keeps the photos users "send", since a WeChat PicUrl must be a URL the bot can read.
 */
@ConfigurationProperties("gridbot.simulator")
record SimulatorSettings(@DefaultValue("false") boolean enabled,
        @DefaultValue("./data/simulator-media") Path mediaDir) {
}

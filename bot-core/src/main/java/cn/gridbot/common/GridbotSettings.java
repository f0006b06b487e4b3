package cn.gridbot.common;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Product-wide settings under {@code gridbot.*}: the time zone that days, deadlines and reminders use. */
@ConfigurationProperties("gridbot")
public record GridbotSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}

package cn.gridbot.admin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gridbot.admin.*}: the bootstrap ADMIN token, from the environment; never printed. */
@ConfigurationProperties("gridbot.admin")
public record AdminProperties(String bootstrapToken) {

    public AdminProperties {
        bootstrapToken = bootstrapToken == null ? "" : bootstrapToken.strip();
    }

    @Override
    public String toString() {
        return "AdminProperties[bootstrapToken=" + (bootstrapToken.isEmpty() ? "unset" : "set") + "]";
    }
}

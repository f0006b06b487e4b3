package cn.gridbot.admin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gridbot.admin.*}: the bootstrap ADMIN token, from the environment and never printed; whether the
 * OpenAPI description and Swagger UI are served ({@code api-docs}); the largest request body the admin
 * API reads ({@code import-max-size}: imports are the large ones).
 */
@ConfigurationProperties("gridbot.admin")
public record AdminProperties(String bootstrapToken, @DefaultValue("true") boolean apiDocs,
        @DefaultValue("200MB") DataSize importMaxSize) {

    public AdminProperties {
        bootstrapToken = bootstrapToken == null ? "" : bootstrapToken.strip();
        importMaxSize = importMaxSize == null ? DataSize.ofMegabytes(200) : importMaxSize;
    }

    @Override
    public String toString() {
        return "AdminProperties[bootstrapToken=" + (bootstrapToken.isEmpty() ? "unset" : "set") + ", apiDocs=" + apiDocs
                + ", importMaxSize=" + importMaxSize + "]";
    }
}

package cn.gridbot.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the embedded mode, when no {@code gridbot.admin.bootstrap-token} is configured, reads or creates a
 * random one in {@code <data-dir>/admin-token} (readable by the owner only) so the demo's admin API
 * works without putting a secret in a file under version control. The token is never logged; the
 * README shows where to read it.
 */
class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

    static final String TOKEN_FILE = "admin-token";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("gridbot.embedded.enabled", Boolean.class, false)) {
            return;
        }
        String configured = environment.getProperty("gridbot.admin.bootstrap-token", "");
        if (!configured.isBlank()) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("gridbot.data-dir", "./data"));
        String token = readOrCreate(dataDir.resolve(TOKEN_FILE));
        environment.getPropertySources().addLast(new MapPropertySource("gridbot-embedded-defaults",
                Map.of("gridbot.admin.bootstrap-token", token)));
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin token file " + file, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

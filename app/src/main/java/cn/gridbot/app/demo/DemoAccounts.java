package cn.gridbot.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.gridbot.admin.account.ConsoleAccounts;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.security.Role;
import cn.gridbot.grid.GridCatalog;

/**
 * The demo's console accounts, made once when there are none (README "Supervisor console"): {@code admin} for the
 * county centre and {@code yueyang} for 岳阳镇's centre, sharing one random password kept in
 * {@code <data-dir>/console-password} (owner-only), which is never logged. Made by {@link DemoCounty} once the county is
 * loaded; {@code yueyang} only when the county has 岳阳镇 ({@code AY-YY}).
 */
@Component
@ConditionalOnProperty(name = "gridbot.demo.enabled", havingValue = "true")
class DemoAccounts {

    static final String PASSWORD_FILE = "console-password";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final ConsoleAccounts accounts;
    private final GridCatalog grids;
    private final Path dataDir;

    DemoAccounts(ConsoleAccounts accounts, GridCatalog grids, @Value("${gridbot.data-dir:./data}") String dataDir) {
        this.accounts = accounts;
        this.grids = grids;
        this.dataDir = Path.of(dataDir);
    }

    void create() {
        if (!accounts.none()) {
            return;
        }
        String password = password();
        Principal demo = new Principal(Role.ADMIN, null, null, "demo");
        accounts.create("admin", password, Role.ADMIN, null, demo);
        if (grids.directory().find("AY-YY").isPresent()) {
            accounts.create("yueyang", password, Role.SUPERVISOR, "AY-YY", demo);
        }
        log.info("Demo console accounts admin and yueyang created; the password is in {}", dataDir.resolve(PASSWORD_FILE));
    }

    private String password() {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            Files.createDirectories(dataDir);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return password.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo console password in " + file, e);
        }
    }
}

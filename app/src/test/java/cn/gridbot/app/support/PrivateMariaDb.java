package cn.gridbot.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code mariadbd} of the test's own: a data directory made by {@code mariadb-install-db}, a free port,
 * root without a password. Fault tests stop and restart it; the machine's shared MariaDB is never touched.
 */
public final class PrivateMariaDb extends PrivateServer {

    private static PrivateMariaDb instance;
    private final Path dir;

    private PrivateMariaDb() {
        try {
            dir = Files.createTempDirectory("gridbot-mariadb-");
            Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("mariadb-install-db is needed for the fault tests (Debian package mariadb-server)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one private MariaDB of this test JVM, started on first use, with an empty database of this name. */
    public static synchronized PrivateMariaDb running(String database) {
        if (instance == null) {
            instance = new PrivateMariaDb();
        }
        instance.start();
        instance.createDatabase(database);
        return instance;
    }

    @Override
    List<String> command() {
        return List.of("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"), "--port=" + port(),
                "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"), "--user=" + System.getProperty("user.name"),
                "--innodb-buffer-pool-size=64M", "--skip-log-bin", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_bin");
    }

    @Override
    Path log() {
        return dir.resolve("mariadbd.log");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port() + "/" + database;
    }

    private void createDatabase(String database) {
        try (var connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on the private MariaDB", e);
        }
    }
}

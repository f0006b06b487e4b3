package cn.gridbot.app.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;

/**
 * Checks, before any Spring context starts, that the MariaDB and Redis the integration tests need are
 * there, and fails with a message that says how to get them, rather than with a page of stack trace.
 */
public final class Services {

    private static volatile boolean checked;

    private Services() {
    }

    public static void requireRunning() {
        if (checked) {
            return;
        }
        String url = env("GRIDBOT_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/gridbot_test");
        String user = env("GRIDBOT_TEST_DB_USER", "gridbot");
        try (var connection = DriverManager.getConnection(url, user, env("GRIDBOT_TEST_DB_PASSWORD", "gridbot"))) {
            connection.isValid(2);
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB/MySQL is not reachable at " + url + " as " + user
                    + " (" + e.getMessage() + "). Run `bash .ci/run`, which starts MariaDB and creates the test database and user.", e);
        }
        String host = env("GRIDBOT_TEST_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("GRIDBOT_TEST_REDIS_PORT", "6379"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (Exception e) {
            throw new IllegalStateException("Redis is not reachable at " + host + ":" + port + " (" + e.getMessage()
                    + "). Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no", e);
        }
        checked = true;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

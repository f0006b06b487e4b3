package cn.gridbot.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@code redis-server} of the test's own, keeping nothing on disk, as production's Redis restarts empty. */
public final class PrivateRedis extends PrivateServer {

    private static PrivateRedis instance;
    private final Path dir;

    private PrivateRedis() {
        try {
            dir = Files.createTempDirectory("gridbot-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one private Redis of this test JVM, started on first use. */
    public static synchronized PrivateRedis running() {
        if (instance == null) {
            instance = new PrivateRedis();
        }
        instance.start();
        return instance;
    }

    @Override
    List<String> command() {
        return List.of("redis-server", "--bind", "127.0.0.1", "--port", Integer.toString(port()), "--save", "",
                "--appendonly", "no", "--dir", dir.toString());
    }

    @Override
    Path log() {
        return dir.resolve("redis.log");
    }
}

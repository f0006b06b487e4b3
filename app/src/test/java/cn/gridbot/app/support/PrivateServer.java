package cn.gridbot.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server process of a fault test's own — never the machine's shared MariaDB or Redis — that the test
 * stops, pauses and starts again. It runs on a free loopback port that stays the same across restarts,
 * and is killed when the test JVM exits.
 */
public abstract class PrivateServer {

    private final int port = freePort();
    private Process process;

    /** The command line that starts the server on {@link #port()}, in the foreground. */
    abstract List<String> command();

    /** The file the server's output goes to. */
    abstract Path log();

    public final int port() {
        return port;
    }

    public final synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + command().get(0) + " (is it installed? see .ci/run)", e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitListening(Duration.ofSeconds(60));
    }

    /** Stops the server the way an operator's {@code kill} does (SIGTERM) and waits until it is gone. */
    public final synchronized void stop() {
        if (process == null) {
            return;
        }
        resume();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process = null;
    }

    /** Freezes the server (SIGSTOP): connections stay open, nothing answers. */
    public final synchronized void pause() {
        signal("STOP");
    }

    public final synchronized void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(command().get(0) + " exited with " + process.exitValue() + "; see " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException(command().get(0) + " did not listen on port " + port + " within " + patience
                + "; see " + log());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

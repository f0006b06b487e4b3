package cn.gridbot.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.embedded.RedisServer;

/**
 * Starts a Redis server inside the application for the embedded mode, on a free loopback port, so
 * that a Redis already on 6379 does not matter and two embedded instances run side by side. It keeps
 * nothing on disk: dialog state and claims are short-lived, and the database is the last line.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gridbot.embedded.enabled", havingValue = "true")
class EmbeddedRedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisConfiguration.class);
    private static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    RedisServer embeddedRedisServer() throws IOException {
        int port = freePort();
        RedisServer server = RedisServer.newRedisServer()
                .bind(LOOPBACK)
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("maxmemory 256mb")
                .build();
        server.start();
        log.info("Embedded Redis listening on {}:{}", LOOPBACK, port);
        return server;
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(RedisServer server) {
        int port = server.ports().get(0);
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of(LOOPBACK, port);
            }
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded Redis", e);
        }
    }
}

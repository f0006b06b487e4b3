import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * WeChat's API as the portal benchmark needs it (README "Benchmarks"): an access token from the stable-token API, and
 * every customer-service or template message accepted. GridBot's pushes then go out once, as they would in
 * production, instead of failing and being retried in the background of the measurement. Answers anything else
 * with WeChat's "invalid" error. Run by bench/portal-bench.sh:
 *
 *   java bench/FakeWeChat.java PORT
 */
public class FakeWeChat {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        AtomicLong messages = new AtomicLong();
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, each answer then
        // waits out the client's delayed ACK (about 40 ms), which made every push take that long here.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/cgi-bin/stable_token") || path.startsWith("/cgi-bin/token")) {
                answer(exchange, "{\"access_token\":\"bench-access-token\",\"expires_in\":7200}");
            } else if (path.startsWith("/cgi-bin/message/template/send")) {
                answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + messages.incrementAndGet() + "}");
            } else if (path.startsWith("/cgi-bin/message/custom/send")) {
                messages.incrementAndGet();
                answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            } else {
                answer(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid request\"}");
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("FakeWeChat: " + messages.get() + " messages accepted")));
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}

package cn.gridbot.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's API for the tests, on MockWebServer: hands out stable access tokens, accepts template and
 * customer-service messages (checking the JSON WeChat expects), makes temporary QR codes with a string
 * scene, and fails on demand — timeouts, HTTP 500, errcode -1, 40001, 43004, 45009 — or goes down
 * altogether. One server for the whole test JVM.
 */
public final class FakeWeChat {

    /** A failure to answer one message call with. */
    public enum Fault { TIMEOUT, HTTP_500, BUSY_MINUS_1, TOKEN_40001, UNSUBSCRIBED_43004, QUOTA_45009 }

    /** A temporary QR code WeChat made: its scene, lifetime and the ticket it answered. */
    public record QrCode(String scene, int expireSeconds, String ticket) {
    }

    /** A message WeChat accepted: which API, and the JSON body. */
    public record Sent(String api, JsonNode body) {

        public String toUser() {
            return body.path("touser").asString();
        }
    }

    private static final FakeWeChat INSTANCE = new FakeWeChat();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockWebServer server = new MockWebServer();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<QrCode> qrCodes = new ArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;

    private FakeWeChat() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FakeWeChat instance() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public synchronized void reset() {
        faults.clear();
        sent.clear();
        problems.clear();
        qrCodes.clear();
        tokens.set(0);
        down = false;
        delay = Duration.ZERO;
    }

    /** Every message call is answered only after this long, as a slow WeChat does (0: at once). */
    public void slow(Duration perCall) {
        delay = perCall;
    }

    /** The next message calls fail in this order, then calls succeed again. */
    public synchronized void failNext(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** While down, every message call answers HTTP 500. */
    public void down(boolean isDown) {
        down = isDown;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<QrCode> qrCodes() {
        return List.copyOf(qrCodes);
    }

    /** Requests whose JSON was not what WeChat expects; a test asserts this stays empty. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public int tokenRequests() {
        return tokens.get();
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String target = request.getTarget();
        if (target.startsWith("/cgi-bin/stable_token")) {
            int n = tokens.incrementAndGet();
            return json(200, "{\"access_token\":\"token-" + n + "\",\"expires_in\":7200}");
        }
        if (target.startsWith("/cgi-bin/qrcode/create")) {
            return qrCode(request);
        }
        boolean template = target.startsWith("/cgi-bin/message/template/send");
        boolean custom = target.startsWith("/cgi-bin/message/custom/send");
        if (!template && !custom) {
            return json(404, "{\"errcode\":40066,\"errmsg\":\"invalid url\"}");
        }
        if (!target.contains("access_token=token-")) {
            problems.add("no access token on " + target);
        }
        if (down) {
            return new MockResponse.Builder().code(500).body("<html>502 Bad Gateway</html>").build();
        }
        Fault fault = faults.poll();
        if (fault != null) {
            return failure(fault);
        }
        JsonNode body = JSON.readTree(request.getBody().utf8());
        check(template, body);
        sent.add(new Sent(template ? "template" : "custom", body));
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS)
                .body("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + (1000 + sent.size()) + "}").build();
    }

    private MockResponse qrCode(RecordedRequest request) {
        if (!request.getTarget().contains("access_token=token-")) {
            problems.add("no access token on " + request.getTarget());
        }
        JsonNode body = JSON.readTree(request.getBody().utf8());
        if (!"QR_STR_SCENE".equals(body.path("action_name").asString())) {
            problems.add("QR code is not a temporary string-scene code: " + body);
        }
        String ticket = "ticket-" + (qrCodes.size() + 1);
        qrCodes.add(new QrCode(body.path("action_info").path("scene").path("scene_str").asString(),
                body.path("expire_seconds").asInt(), ticket));
        return json(200, "{\"ticket\":\"" + ticket + "\",\"expire_seconds\":" + body.path("expire_seconds").asInt()
                + ",\"url\":\"http://weixin.qq.com/q/" + ticket + "\"}");
    }

    private void check(boolean template, JsonNode body) {
        if (body.path("touser").asString("").isEmpty()) {
            problems.add("touser missing: " + body);
        }
        if (template) {
            if (body.path("template_id").asString("").isEmpty()) {
                problems.add("template_id missing: " + body);
            }
            body.path("data").properties().forEach(field -> {
                String value = field.getValue().path("value").asString("");
                if (value.codePointCount(0, value.length()) > 20) {
                    problems.add("template field " + field.getKey() + " longer than 20 characters: " + value);
                }
            });
            if (body.has("data") && (body.path("data").has("first") || body.path("data").has("remark"))) {
                problems.add("template has first/remark lines: " + body);
            }
        } else if (!"text".equals(body.path("msgtype").asString()) || body.path("text").path("content").asString("").isEmpty()) {
            problems.add("customer-service message is not a text: " + body);
        }
    }

    private static MockResponse failure(Fault fault) {
        return switch (fault) {
            case TIMEOUT -> new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{\"errcode\":0}").build();
            case HTTP_500 -> new MockResponse.Builder().code(500).body("Internal Server Error").build();
            case BUSY_MINUS_1 -> json(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}");
            case TOKEN_40001 -> json(200, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
            case UNSUBSCRIBED_43004 -> json(200, "{\"errcode\":43004,\"errmsg\":\"require subscribe\"}");
            case QUOTA_45009 -> json(200, "{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
        };
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}

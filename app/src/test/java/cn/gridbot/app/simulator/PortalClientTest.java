package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.gridbot.wechat.WeChatProperties;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;

/**
 * The client against a stand-in portal that checks what WeChat's server would be checked for: the
 * signature, and in safe mode the msg_signature and a ciphertext for this AppId; it answers as the
 * portal does, encrypted in safe mode.
 */
class PortalClientTest {

    private static final String TOKEN = "sim-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxsimtest000001";

    private HttpServer server;
    private final AtomicReference<String> received = new AtomicReference<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void plaintextMessageIsSignedAndTheReplyContentReturned() throws IOException {
        URI portal = portal(false, 200);
        String reply = client("").post(portal, WeChatXml.text(PortalClient.ACCOUNT, "o-1", now(), 1L, "你好"));
        assertThat(reply).isEqualTo("回复:你好");
        assertThat(received.get()).contains("<Content><![CDATA[你好]]></Content>");
    }

    @Test
    void safeModeEncryptsForTheAccountAndOpensTheEncryptedReply() throws IOException {
        URI portal = portal(true, 200);
        String reply = client(AES_KEY).post(portal, WeChatXml.text(PortalClient.ACCOUNT, "o-1", now(), 2L, "下水道]]>堵了"));
        assertThat(reply).isEqualTo("回复:下水道]]>堵了");
    }

    @Test
    void refusedRequestBecomesABadGatewayProblem() throws IOException {
        URI portal = portal(false, 403);
        assertThatThrownBy(() -> client("").post(portal, WeChatXml.text(PortalClient.ACCOUNT, "o-1", now(), 3L, "x")))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(502))
                .satisfies(e -> assertThat(((ErrorResponseException) e).getBody().getDetail()).contains("403"));
    }

    private PortalClient client(String aesKey) {
        return new PortalClient(new WeChatProperties(APP_ID, "", TOKEN, aesKey, "http://127.0.0.1:9", Duration.ofMinutes(5),
                Map.of(), null, Duration.ofSeconds(5), WeChatProperties.LocationDatum.WGS84, Map.of(), false), Clock.systemUTC());
    }

    private URI portal(boolean safeMode, int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wx/portal/" + APP_ID, exchange -> answer(exchange, safeMode, status));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wx/portal/" + APP_ID);
    }

    private void answer(HttpExchange exchange, boolean safeMode, int status) throws IOException {
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean signed = SHA1.gen(TOKEN, q.get("timestamp"), q.get("nonce")).equals(q.get("signature"));
        WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
        String xml = body;
        if (safeMode) {
            String cipher = PortalClient.element(body, "Encrypt");
            signed &= "aes".equals(q.get("encrypt_type"))
                    && SHA1.gen(TOKEN, q.get("timestamp"), q.get("nonce"), cipher).equals(q.get("msg_signature"));
            xml = crypt.decrypt(cipher);
        }
        received.set(xml);
        String reply = WxMpXmlOutMessage.TEXT().content(("回复:" + PortalClient.element(xml, "Content"))
                .replace("]]>", "]]]]><![CDATA[>")).fromUser("gh").toUser("o-1").build().toXml();
        byte[] out = (signed && status == 200 ? (safeMode ? crypt.encrypt(reply) : reply) : "signature does not match")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(signed ? status : 403, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}

package cn.gridbot.app.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import cn.gridbot.wechat.WeChatProperties;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * Plays WeChat's server towards the real portal: signs the XML with the account's token, encrypts it
 * when the account is in safe mode, posts it over HTTP (so every check of the portal runs), and opens
 * the reply, checking the reply's own signature in safe mode.
 */
@Component
@SimulatorEnabled
class PortalClient {

    /** The account's original id (gh_…), which WeChat puts in ToUserName. */
    static final String ACCOUNT = "gh_gridbot_demo";

    private final WeChatProperties wechat;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PortalClient(WeChatProperties wechat, Clock clock) {
        this.wechat = wechat;
        this.clock = clock;
    }

    long now() {
        return clock.millis() / 1000;
    }

    /** Posts the message to the portal at {@code portal}; answers the reply text ("" when the bot stays silent). */
    String post(URI portal, String xml) {
        String timestamp = Long.toString(now());
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        String query = "signature=" + SHA1.gen(wechat.token(), timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce;
        String body = xml;
        if (wechat.safeMode()) {
            String ciphertext = crypt().encrypt(randomText(), xml);
            body = WeChatXml.encrypted(ACCOUNT, ciphertext);
            query += "&encrypt_type=aes&msg_signature=" + SHA1.gen(wechat.token(), timestamp, nonce, ciphertext);
        }
        HttpResponse<String> response = send(URI.create(portal + "?" + query), body);
        if (response.statusCode() != 200) {
            String why = response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
            throw unavailable(HttpStatus.BAD_GATEWAY, "The portal answered " + response.statusCode() + ": " + why);
        }
        if (!response.body().startsWith("<xml>")) {
            return "";
        }
        String reply = wechat.safeMode() ? open(response.body()) : response.body();
        String content = element(reply, "Content");
        return content == null ? "" : content;
    }

    private String open(String envelope) {
        String encrypt = element(envelope, "Encrypt");
        String signature = element(envelope, "MsgSignature");
        if (encrypt == null || signature == null
                || !SHA1.gen(wechat.token(), element(envelope, "TimeStamp"), element(envelope, "Nonce"), encrypt).equals(signature)) {
            throw unavailable(HttpStatus.BAD_GATEWAY, "The portal's encrypted reply has no valid MsgSignature");
        }
        return crypt().decrypt(encrypt);
    }

    private WxCryptUtil crypt() {
        return new WxCryptUtil(wechat.token(), wechat.aesKey(), wechat.appId());
    }

    private HttpResponse<String> send(URI uri, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable(HttpStatus.BAD_GATEWAY, "The portal could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted while waiting for the portal");
        }
    }

    /** A strict parser without DOCTYPEs, so a malformed reply is an error rather than a guess. */
    static String element(String xml, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            var nodes = doc.getDocumentElement().getElementsByTagName(name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        } catch (Exception e) {
            throw unavailable(HttpStatus.BAD_GATEWAY, "The portal's reply is not well-formed XML");
        }
    }

    private static String randomText() {
        StringBuilder text = new StringBuilder(16);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 16; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static ErrorResponseException unavailable(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("公众号暂时无法提供服务");
        return new ErrorResponseException(status, problem, null);
    }
}

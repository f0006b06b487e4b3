package cn.gridbot.app.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * Plays WeChat's server in tests: builds message XML, signs it (and encrypts it in safe mode) exactly
 * as WeChat does, posts it to the portal and reads the reply.
 */
public final class WeChatClient {

    public static final String ACCOUNT = "gh_gridbot_test";
    private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private static final AtomicLong EVENT_TIMES = new AtomicLong(System.currentTimeMillis() / 1000);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String appId;
    private final String token;
    private final String aesKey;
    private Clock clock = Clock.systemUTC();

    public WeChatClient(int port, String appId, String token, String aesKey) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.appId = appId;
        this.token = token;
        this.aesKey = aesKey;
    }

    /** Signs with this clock's time from now on: the application's {@link TestClock}, once a test moved it. */
    public WeChatClient onClock(Clock signingClock) {
        this.clock = signingClock;
        return this;
    }

    /** The reply to a portal request: its HTTP status, raw body and, for a text reply, the Content. */
    public record Response(int status, String body, String content) {
    }

    /** The event number a reply names, such as 20261127-0042. */
    public static String eventNumberIn(String reply) {
        var matcher = Pattern.compile("\\d{8}-\\d{4,}").matcher(reply == null ? "" : reply);
        if (!matcher.find()) {
            throw new AssertionError("No event number in the reply: " + reply);
        }
        return matcher.group();
    }

    public static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    public static String textXml(String openid, String content, long msgId, long createTime) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content.replace("]]>", "]]]]><![CDATA[>") + "]]></Content><MsgId>" + msgId
                + "</MsgId></xml>";
    }

    public static String voiceXml(String openid, String recognition, long msgId, long createTime) {
        return message(openid, "voice", createTime, "<MediaId><![CDATA[voice-media-" + msgId + "]]></MediaId>"
                + "<Format><![CDATA[amr]]></Format><Recognition><![CDATA[" + recognition + "]]></Recognition>", msgId);
    }

    public static String imageXml(String openid, long msgId, long createTime) {
        return message(openid, "image", createTime, "<PicUrl><![CDATA[http://mmbiz.qpic.cn/test/" + msgId
                + ".jpg]]></PicUrl><MediaId><![CDATA[image-media-" + msgId + "]]></MediaId>", msgId);
    }

    /** A location message: WeChat's Location_X is the latitude, Location_Y the longitude. */
    public static String locationXml(String openid, double longitude, double latitude, String label, long msgId,
            long createTime) {
        return message(openid, "location", createTime, "<Location_X>" + latitude + "</Location_X><Location_Y>" + longitude
                + "</Location_Y><Scale>15</Scale><Label><![CDATA[" + label + "]]></Label>", msgId);
    }

    /** Any other message type, with whatever fields it carries. */
    public static String message(String openid, String type, long createTime, String fields, long msgId) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[" + type
                + "]]></MsgType>" + fields + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    public Response voice(String openid, String recognition) {
        return post(voiceXml(openid, recognition, nextMsgId(), now()));
    }

    public Response image(String openid) {
        return post(imageXml(openid, nextMsgId(), now()));
    }

    public Response location(String openid, double longitude, double latitude, String label) {
        return post(locationXml(openid, longitude, latitude, label, nextMsgId(), now()));
    }

    /** An event push; each gets its own CreateTime, since WeChat identifies events by sender, time and type. */
    public Response event(String openid, String event, String eventKey) {
        return post(eventXml(openid, event, eventKey, EVENT_TIMES.incrementAndGet()));
    }

    public static String eventXml(String openid, String event, String eventKey, long createTime) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>"
                + (eventKey == null ? "" : "<EventKey><![CDATA[" + eventKey + "]]></EventKey>") + "</xml>";
    }

    /** A new text message from this user, as WeChat sends it to this account (encrypted in safe mode). */
    public Response text(String openid, String content) {
        return post(textXml(openid, content, nextMsgId(), now()));
    }

    /**
     * Posts the XML as WeChat does for this account: encrypted and signed with msg_signature when the
     * account has an AES key (safe mode), otherwise as signed plaintext.
     */
    public Response post(String xml) {
        return aesKey == null || aesKey.isEmpty() ? postPlaintext(xml) : postEncrypted(xml);
    }

    /** Posts plaintext XML with a valid signature and the current timestamp, whatever the account's mode. */
    public Response postPlaintext(String xml) {
        long timestamp = clock.millis() / 1000;
        String nonce = Long.toString(System.nanoTime());
        return send(query(SHA1.gen(token, Long.toString(timestamp), nonce), timestamp, nonce), xml, false);
    }

    /** Posts XML encrypted for the given AppId (ours unless a test says otherwise), as safe mode does. */
    public Response postEncrypted(String xml, String forAppId) {
        long timestamp = clock.millis() / 1000;
        String nonce = Long.toString(System.nanoTime());
        String cipher = new WxCryptUtil(token, aesKey, forAppId).encrypt("abcdefghijklmnop", xml);
        String body = envelope(cipher);
        String ts = Long.toString(timestamp);
        String query = query(SHA1.gen(token, ts, nonce), timestamp, nonce) + "&encrypt_type=aes&msg_signature="
                + SHA1.gen(token, ts, nonce, cipher);
        return send(query, body, true);
    }

    public Response postEncrypted(String xml) {
        return postEncrypted(xml, appId);
    }

    /** How many bytes the safe-mode body of this message has. */
    public int encryptedBodySize(String xml) {
        return envelope(new WxCryptUtil(token, aesKey, appId).encrypt("abcdefghijklmnop", xml))
                .getBytes(StandardCharsets.UTF_8).length;
    }

    private static String envelope(String cipher) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + cipher
                + "]]></Encrypt></xml>";
    }

    /** Posts a body with whatever query string the test wants (bad signatures, stale timestamps…). */
    public Response postRaw(String path, String query, byte[] body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + query))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String portalPath() {
        return "/wx/portal/" + appId;
    }

    public String signedQuery(long timestamp) {
        String nonce = Long.toString(System.nanoTime());
        return query(SHA1.gen(token, Long.toString(timestamp), nonce), timestamp, nonce);
    }

    private String query(String signature, long timestamp, String nonce) {
        return "signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce + "&openid=ignored";
    }

    private Response send(String query, String xml, boolean encrypted) {
        Response raw = postRaw(portalPath(), query, xml.getBytes(StandardCharsets.UTF_8));
        if (raw.status() != 200 || !raw.body().startsWith("<xml>")) {
            return raw;
        }
        String replyXml = encrypted ? decryptReply(raw.body()) : raw.body();
        return new Response(raw.status(), replyXml, element(replyXml, "Content"));
    }

    private String decryptReply(String envelope) {
        String encrypt = element(envelope, "Encrypt");
        String signature = element(envelope, "MsgSignature");
        String timestamp = element(envelope, "TimeStamp");
        String nonce = element(envelope, "Nonce");
        if (!SHA1.gen(token, timestamp, nonce, encrypt).equals(signature)) {
            throw new AssertionError("The encrypted reply's MsgSignature does not match");
        }
        return new WxCryptUtil(token, aesKey, appId).decrypt(encrypt);
    }

    /** Parses with a strict XML parser, so that a reply that is not well-formed fails the test. */
    public static String element(String xml, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            var nodes = doc.getDocumentElement().getElementsByTagName(name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        } catch (Exception e) {
            throw new AssertionError("Reply is not well-formed XML: " + xml, e);
        }
    }
}

package cn.gridbot.wechat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.common.Failures;
import cn.gridbot.conversation.InboundGateway;
import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.Reply;
import jakarta.servlet.http.HttpServletRequest;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.util.xml.XStreamTransformer;

/**
 * WeChat's server calls this (README "Conversation"): GET to verify the URL, POST with each message. Everything is
 * checked before anything is handled — the AppId in the path, the signatures, the timestamp, the size,
 * the XML, and in safe mode that the message is encrypted — so a refused request stores nothing. The reply is built here; the conversation is not.
 */
@RestController
@RequestMapping("/wx/portal/{appId}")
class WeChatPortal {

    private static final Logger log = LoggerFactory.getLogger(WeChatPortal.class);
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** WeChat's openids are 28 characters; the database keeps up to 64. */
    private static final int MAX_OPENID = 64;
    private static final Pattern DOCTYPE = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final WeChatProperties properties;
    private final MessageCipher cipher;
    private final InboundGateway gateway;
    private final Clock clock;

    WeChatPortal(WeChatProperties properties, InboundGateway gateway, Clock clock) {
        this.properties = properties;
        this.cipher = new MessageCipher(properties);
        this.gateway = gateway;
        this.clock = clock;
    }

    @GetMapping(produces = "text/plain;charset=UTF-8")
    String verify(@PathVariable String appId, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        checkAccount(appId);
        checkSignature(signature, timestamp, nonce);
        if (echostr == null) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "echostr is missing");
        }
        return echostr;
    }

    @PostMapping
    ResponseEntity<String> receive(@PathVariable String appId, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            HttpServletRequest request) throws IOException {
        long arrived = System.nanoTime();
        checkAccount(appId);
        checkSignature(signature, timestamp, nonce);
        String body = readBody(request);
        boolean encrypted = "aes".equalsIgnoreCase(encryptType);
        WxMpXmlMessage wx = parse(body);
        if (!encrypted && !properties.acceptsPlaintext()) {
            // In safe mode only msg_signature covers the body: a plaintext request's signature could be
            // replayed from an access log with any body.
            throw new PortalRejection(HttpStatus.FORBIDDEN, "plaintext messages are refused in safe mode");
        }
        if (encrypted) {
            if (!cipher.safeMode()) {
                throw new PortalRejection(HttpStatus.BAD_REQUEST, "safe mode is not configured (gridbot.wechat.aes-key)");
            }
            if (!cipher.messageSignatureMatches(msgSignature, timestamp, nonce, wx.getEncrypt())) {
                throw new PortalRejection(HttpStatus.FORBIDDEN, "msg_signature does not match");
            }
            wx = parse(cipher.decrypt(wx.getEncrypt()));
        }
        InboundMessage message = InboundMessages.from(wx, properties.locationDatum());
        if (message.openid() == null || message.openid().isBlank() || message.openid().length() > MAX_OPENID) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "FromUserName is missing or not an openid");
        }
        Reply reply = gateway.receive(message, arrived);
        log.debug("Handled {}", message.logRef());
        return answer(reply, wx, encrypted);
    }

    /** The gateway answers every message (spooling what it could not handle); only the answer is built here. */
    private ResponseEntity<String> answer(Reply reply, WxMpXmlMessage wx, boolean encrypted) {
        if (reply.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
        }
        try {
            String xml = WxMpXmlOutMessage.TEXT().content(cdataSafe(reply.text())).fromUser(wx.getToUser())
                    .toUser(wx.getFromUser()).build().toXml();
            return ResponseEntity.ok().contentType(XML).body(encrypted ? cipher.encrypt(xml) : xml);
        } catch (RuntimeException e) {
            // The message is handled (or spooled); WeChat shows nothing rather than getting a 5xx and retrying.
            log.error("Could not build the reply XML", Failures.withoutMessages(e));
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
        }
    }

    @ExceptionHandler(PortalRejection.class)
    ResponseEntity<String> refused(PortalRejection rejection) {
        log.info("Portal request refused ({}): {}", rejection.status().value(), rejection.getMessage());
        return ResponseEntity.status(rejection.status()).contentType(MediaType.TEXT_PLAIN).body(rejection.getMessage());
    }

    private void checkAccount(String appId) {
        if (!properties.appId().equals(appId)) {
            throw new PortalRejection(HttpStatus.NOT_FOUND, "no such account");
        }
    }

    private void checkSignature(String signature, String timestamp, String nonce) {
        if (!cipher.signatureMatches(signature, timestamp, nonce)) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "signature does not match");
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "timestamp is not a number");
        }
        long skew = Math.abs(clock.millis() / 1000 - sent);
        if (skew > properties.maxClockSkew().toSeconds()) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "timestamp is " + skew + " s away from now");
        }
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new PortalRejection(HttpStatus.CONTENT_TOO_LARGE, "body is larger than 64 KiB");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new PortalRejection(HttpStatus.CONTENT_TOO_LARGE, "body is larger than 64 KiB");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static WxMpXmlMessage parse(String xml) {
        if (xml.isBlank()) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "body is empty");
        }
        if (DOCTYPE.matcher(xml).find()) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "XML with a DOCTYPE or entities is not accepted");
        }
        try {
            // WxJava's own XStream mapping, without WxMpXmlMessage.fromXml's second (dom4j) parse into a
            // map of all fields, which GridBot does not use and which cost a third of the portal's CPU.
            WxMpXmlMessage message = XStreamTransformer.fromXml(WxMpXmlMessage.class, xml);
            if (message == null || message.getMsgType() == null && message.getEncrypt() == null) {
                throw new PortalRejection(HttpStatus.BAD_REQUEST, "not a WeChat message");
            }
            return message;
        } catch (PortalRejection e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "malformed XML");
        }
    }

    /** CDATA cannot contain "]]>": split it across two sections so the reply stays well-formed. */
    private static String cdataSafe(String text) {
        return text.replace("]]>", "]]]]><![CDATA[>");
    }
}

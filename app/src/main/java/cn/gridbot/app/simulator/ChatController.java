package cn.gridbot.app.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.wechat.WeChatProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * The chat: a message typed on the page goes to the real portal as WeChat would send it, and the
 * pushes that reached the {@link SimulatorInbox} come back to the page. Neither bodies nor openids
 * are logged.
 */
@RestController
@RequestMapping("/simulator/api")
@SimulatorEnabled
class ChatController {

    private final PortalClient portal;
    private final MediaStore media;
    private final ObjectProvider<SimulatorInbox> inbox;
    private final WeChatProperties wechat;
    private final GridbotSettings settings;
    /** Changes when the app restarts, which empties the inbox and restarts its sequence: the page then reads from 0. */
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong msgIds;
    private final AtomicLong eventTimes;

    ChatController(PortalClient portal, MediaStore media, ObjectProvider<SimulatorInbox> inbox, WeChatProperties wechat,
            GridbotSettings settings) {
        this.portal = portal;
        this.media = media;
        this.inbox = inbox;
        this.wechat = wechat;
        this.settings = settings;
        // Above any id this data folder has seen before a restart, as WeChat's MsgIds only grow.
        this.msgIds = new AtomicLong(portal.now() * 1_000_000L);
        this.eventTimes = new AtomicLong(portal.now());
    }

    record Sent(long msgId, String reply, boolean encrypted) {
    }

    record Uploaded(String name, String url) {
    }

    record Pushes(String instance, boolean delivering, List<PushView> pushes) {
    }

    @PostMapping("/messages")
    Sent send(@Valid @RequestBody SimulatedMessage message, HttpServletRequest request) {
        long msgId = msgIds.incrementAndGet();
        // WeChat tells events apart by sender, CreateTime and type alone: each simulated event gets its own second.
        long createTime = message.isEvent() ? eventTimes.updateAndGet(last -> Math.max(last + 1, portal.now()))
                : portal.now();
        String picUrl = message.media() == null ? null : mediaUrl(message.media());
        if (message.media() != null && media.find(message.media()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Upload the photo first: no such media");
        }
        String reply = portal.post(portalUri(request), message.toXml(PortalClient.ACCOUNT, createTime, msgId, picUrl));
        return new Sent(message.isEvent() ? 0 : msgId, reply, wechat.safeMode());
    }

    @PostMapping(path = "/media", consumes = {"image/*", "application/octet-stream"})
    Uploaded upload(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MediaStore.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A photo may be at most 5 MiB");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MediaStore.MAX_BYTES + 1);
        }
        if (bytes.length > MediaStore.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A photo may be at most 5 MiB");
        }
        String name = media.save(bytes);
        return new Uploaded(name, mediaUrl(name));
    }

    @GetMapping("/pushes")
    Pushes pushes(@RequestParam String openid, @RequestParam(defaultValue = "0") long since) {
        SimulatorInbox available = inbox.getIfAvailable();
        if (available == null) {
            return new Pushes(instance, false, List.of());
        }
        return new Pushes(instance, true,
                available.cardsFor(openid, since).stream().map(c -> PushView.of(c, settings.timeZone())).toList());
    }

    /** The portal of this very server, reached the way the browser reached the page. */
    private URI portalUri(HttpServletRequest request) {
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + request.getLocalPort() + request.getContextPath() + "/wx/portal/"
                + wechat.appId());
    }

    private static String mediaUrl(String name) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/simulator/media/").path(name).toUriString();
    }
}

package cn.gridbot.admin.notify;

import java.time.OffsetDateTime;
import java.util.Arrays;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.event.Times;
import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.NotificationQuery;
import cn.gridbot.notify.NotificationStatus;
import cn.gridbot.notify.NotificationView;
import cn.gridbot.notify.Notifications;

/**
 * {@code GET /api/v1/notifications}: the outbox with each push's delivery status, attempts and
 * last error, within the caller's units; recipients' openids for ADMIN only.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    record Item(long id, String kind, String recipientOpenid, String workerCode, Long residentId, String residentName,
            String eventNumber, String status, String channel, int attempts, String lastError,
            OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt, String text) {
    }

    private final Notifications notifications;
    private final GridbotSettings settings;

    NotificationController(Notifications notifications, GridbotSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @GetMapping
    Page<Item> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String recipientOpenid,
            @RequestParam(required = false) String status, @RequestParam(required = false) String workerCode,
            @RequestParam(required = false) String eventNumber, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Principal principal) {
        NotificationQuery query = new NotificationQuery(parse(NotificationKind.class, kind, "kind"), blank(recipientOpenid),
                parse(NotificationStatus.class, status, "status"), blank(workerCode), blank(eventNumber),
                principal.scope(null), Times.from(from, settings.timeZone()), Times.to(to, settings.timeZone()));
        Disclosure disclosure = Disclosure.to(principal);
        return notifications.search(query, Paging.of(page, size)).map(n -> item(n, disclosure));
    }

    private Item item(NotificationView n, Disclosure disclosure) {
        var zone = settings.timeZone();
        return new Item(n.id(), n.kind(), disclosure.openid(n.recipientOpenid()), n.workerCode(), n.residentId(),
                n.residentName(), n.eventNumber(), n.status(), n.channel(), n.attempts(), n.lastError(),
                Times.show(n.nextAttemptAt(), zone), Times.show(n.createdAt(), zone), Times.show(n.sentAt(), zone),
                disclosure.text(n.text()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

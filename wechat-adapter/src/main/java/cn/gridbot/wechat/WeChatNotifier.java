package cn.gridbot.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.gridbot.common.Failures;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.notify.Delivery;
import cn.gridbot.notify.Notifier;
import cn.gridbot.notify.Push;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;

/**
 * Delivers pushes through WeChat (README "Failure behaviour"): a template message when the kind has a template id,
 * otherwise a customer-service text while the 48-hour window after the user's last message is open.
 * WeChat's error codes decide what happens next: 43004 (unsubscribed) gives up at once, token errors
 * expire the shared token and retry, quota errors wait for the quota to reset, anything passing
 * (network, errcode -1, HTTP errors) retries with back-off. Runs only in the dispatcher, never in the
 * 5-second reply path.
 */
@Component
@ConditionalOnProperty(name = "gridbot.notify.channel", havingValue = "wechat", matchIfMissing = true)
class WeChatNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(WeChatNotifier.class);
    private static final Duration SERVICE_WINDOW = Duration.ofHours(48);
    private static final int FIELD_LIMIT = 20;
    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001, 41001);
    private static final Set<Integer> GIVE_UP = Set.of(43004, 40003, 40037, 47003, 43101, 45015, 48001, 43019);
    private static final Set<Integer> DAILY_QUOTA = Set.of(45009);
    private static final Set<Integer> RATE_LIMITS = Set.of(45011, 45047, 45028);

    private final WxMpService wx;
    private final WeChatProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    WeChatNotifier(WxMpService wx, WeChatProperties properties, Clock clock, GridbotSettings settings) {
        this.wx = wx;
        this.properties = properties;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** One send, and before it possibly a fetch of the access token, each bounded by the timeout. */
    @Override
    public Duration longestAttempt() {
        return properties.timeout().multipliedBy(2).plusSeconds(1);
    }

    @Override
    public Delivery deliver(Push push) {
        String templateId = properties.templates().get(push.kind().name());
        try {
            if (templateId != null && !templateId.isBlank()) {
                wx.getTemplateMsgService().sendTemplateMsg(template(push, templateId));
                return new Delivery.Sent("TEMPLATE");
            }
            if (push.lastHeardAt() == null || push.lastHeardAt().plus(SERVICE_WINDOW).isBefore(clock.instant())) {
                return new Delivery.GiveUp("no template configured for " + push.kind()
                        + " and the 48-hour customer-service window is closed");
            }
            wx.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(push.recipientOpenid())
                    .content(push.text()).build());
            return new Delivery.Sent("CUSTOMER_SERVICE");
        } catch (WxErrorException e) {
            if (e.getError() == null) {
                return new Delivery.Retry(Failures.names(e));
            }
            return onError(push, e.getError().getErrorCode(), e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            // Not WeChat's errcode and errmsg but an exception's message, which may quote the request: its classes only.
            return new Delivery.Retry(Failures.names(e));
        }
    }

    private Delivery onError(Push push, int code, String message) {
        String reason = "errcode " + code + ": " + message;
        if (GIVE_UP.contains(code)) {
            return new Delivery.GiveUp(reason);
        }
        if (TOKEN_ERRORS.contains(code)) {
            wx.getWxMpConfigStorage().expireAccessToken();
            log.info("WeChat refused the access token ({}); it will be refreshed", code);
            return new Delivery.Retry(reason);
        }
        if (DAILY_QUOTA.contains(code)) {
            Instant tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
            return new Delivery.WaitUntil(tomorrow.plus(Duration.ofMinutes(5)), reason);
        }
        if (RATE_LIMITS.contains(code)) {
            return new Delivery.WaitUntil(clock.instant().plus(Duration.ofMinutes(1)), reason);
        }
        return new Delivery.Retry(reason);
    }

    private WxMpTemplateMessage template(Push push, String templateId) {
        WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(push.recipientOpenid())
                .templateId(templateId).build();
        message.setClientMsgId(push.clientMsgId());
        push.fields().forEach((key, value) -> message.addData(
                new WxMpTemplateData(properties.templateKey(push.kind().name(), key), fit(value))));
        if (properties.detailUrl() != null && !properties.detailUrl().isBlank() && push.eventNumber() != null) {
            message.setUrl(properties.detailUrl().replace("{number}", push.eventNumber()));
        }
        return message;
    }

    /** WeChat's category templates take at most 20 characters per field. */
    private static String fit(String value) {
        if (value == null) {
            return "";
        }
        return value.codePointCount(0, value.length()) <= FIELD_LIMIT ? value
                : value.substring(0, value.offsetByCodePoints(0, FIELD_LIMIT - 1)) + "…";
    }
}

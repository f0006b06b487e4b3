package cn.gridbot.conversation;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.common.Texts;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;

/** The real reply to a message that waited in the spool, as a push to its sender (kind SPOOL_REPLY). */
@Component
class SpoolReplies {

    private static final int FIELD = 20;

    private final Outbox outbox;
    private final Clock clock;

    SpoolReplies(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Writes the push unless the reply is empty; once per message, however often it is replayed. */
    void send(InboundMessage message, Reply reply, String eventNumber) {
        if (reply.isEmpty()) {
            return;
        }
        String text = reply.text();
        outbox.enqueueWithCommit(new Notification("SPOOL_REPLY:" + message.dedupKey(), NotificationKind.SPOOL_REPLY,
                message.openid(), null, null, null, eventNumber, null, Map.of("reply", Texts.cut(text, FIELD)), text, clock.instant()));
    }
}

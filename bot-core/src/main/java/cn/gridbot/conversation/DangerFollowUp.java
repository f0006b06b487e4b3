package cn.gridbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.common.Failures;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.conversation.DialogState.Awaiting;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What a dispatcher does when a caller who may be in danger stops answering: a complaint whose danger the classifier
 * did not rule out, still waiting for the resident's answer (its category, or its place)
 * {@link ConversationSettings#dangerFollowUp()} after they were asked, is filed as it stands (README "The reply as a
 * safety net"), flagged, so that its worker — or, with no place known, its centre — checks by telephone; the resident
 * is told by a push. Once across instances; each resident in their own transaction, the follow-up taken with a
 * conditional update, so that an answer already saved, a second instance or a retry files nothing twice. While the
 * database is away the run stops at the first failure, which the pool logs in one line. Not covered: an answer that
 * arrives in the very milliseconds of the filing (its message read the draft before the follow-up took it) files the
 * complaint a second time; and an answer in another instance's spool is not seen.
 */
@Component
public class DangerFollowUp {

    private static final Logger log = LoggerFactory.getLogger(DangerFollowUp.class);
    /** A run files at most this many, so that the sign-for escalation sharing the pool never waits long. */
    private static final int BATCH = 20;

    private final UnansweredDangers unanswered;
    private final DialogStore store;
    private final ComplaintFlow flow;
    private final GridEvents events;
    private final Outbox outbox;
    private final MessageSpool spool;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DangerFollowUp(UnansweredDangers unanswered, DialogStore store, ComplaintFlow flow, GridEvents events, Outbox outbox,
            MessageSpool spool, TransactionTemplate transaction, Clock clock) {
        this.unanswered = unanswered;
        this.store = store;
        this.flow = flow;
        this.events = events;
        this.outbox = outbox;
        this.spool = spool;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridbot.conversation.follow-up-interval:PT30S}", scheduler = Schedulers.URGENT)
    @SchedulerLock(name = "danger-follow-up", lockAtMostFor = "PT2M")
    public void run() {
        Instant now = clock.instant();
        int filed = 0;
        for (String openid : unanswered.due(now, BATCH)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> followUp(openid, now)))) {
                    filed++;
                }
            } catch (RuntimeException e) {
                if (DataStoreFailures.unreachable(e) != null) {
                    throw e;
                }
                // The exception's message may quote the complaint, so the log gets its classes and stack only.
                log.error("Danger follow-up could not file one resident's complaint; it is tried again on every run "
                        + "until the draft expires", Failures.withoutMessages(e));
            }
        }
        if (filed > 0) {
            log.info("Danger follow-up: {} unanswered complaints filed for checking", filed);
        }
    }

    /**
     * Files one resident's complaint if it is still due: not while a message of theirs waits in this instance's spool
     * (an answer held there during a database outage is replayed first), and only once the follow-up is taken.
     */
    private boolean followUp(String openid, Instant now) {
        if (spool.hasPending(openid) || !unanswered.claim(openid, now)) {
            return false;
        }
        DialogState state = store.load(openid);
        if (state.awaiting() == Awaiting.NOTHING || state.draft() == null || !state.draft().dangerNotRuledOut()) {
            return false;
        }
        ComplaintFlow.Outcome outcome = flow.fileUnanswered(openid, state);
        store.save(openid, outcome.state());
        GridEvent event = events.findByNumber(outcome.handled().eventNumber()).orElseThrow();
        tell(openid, event, "您刚才的消息还没有等到您的回复。为稳妥起见已先登记,请工作人员核实;如不需要处理,回复「撤销 "
                + event.number() + "」即可。\n" + outcome.handled().reply().text(), now);
        return true;
    }

    /** STATUS_CHANGED to the resident, with the fields of an event's status push. */
    private void tell(String openid, GridEvent event, String text, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", event.category().label());
        fields.put("status", event.status().label());
        fields.put("note", "未等到回复,已先登记待核实");
        outbox.enqueueWithCommit(new Notification("FOLLOW_UP:" + event.number(), NotificationKind.STATUS_CHANGED, openid,
                null, null, null, event.number(), event.unitPath(), fields, text, at));
    }
}

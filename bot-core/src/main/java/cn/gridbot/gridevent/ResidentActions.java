package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.worker.Worker;

/**
 * What a resident does to their own events: withdraw, rate, add a photo or a location. An event that
 * is not the caller's answers "not found", so that nobody learns of others' events by guessing numbers.
 */
@Component
public class ResidentActions {

    private final GridEvents events;
    private final Dispatch dispatch;
    private final TaskNotices tasks;
    private final Clock clock;

    ResidentActions(GridEvents events, Dispatch dispatch, TaskNotices tasks, Clock clock) {
        this.events = events;
        this.dispatch = dispatch;
        this.tasks = tasks;
        this.clock = clock;
    }

    public GridEvent ownedBy(String number, String openid) {
        return events.findByNumber(number).filter(e -> openid != null && openid.equals(e.reporterOpenid()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event of yours has the number " + number));
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent withdraw(String number, String openid) {
        GridEvent event = ownedBy(number, openid);
        event.cancel(Actor.RESIDENT, "居民撤销", clock.instant());
        return events.update(event);
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent rate(String number, String openid, int score) {
        GridEvent event = ownedBy(number, openid);
        event.rate(score, clock.instant());
        return events.update(event);
    }

    /** Rates the reporter's latest resolved, unrated event; empty when there is none. */
    @Transactional(noRollbackFor = DomainException.class)
    public Optional<GridEvent> rateLatest(String openid, int score) {
        return events.latestUnrated(openid).map(e -> rate(e.number(), openid, score));
    }

    @Transactional(noRollbackFor = DomainException.class)
    public void attachPhoto(GridEvent event, String mediaId, String url) {
        events.attach(event, new Attachment(Attachment.Kind.REPORT_PHOTO, mediaId, url, clock.instant()));
    }

    /** Adds the place to an event still waiting in a queue, and dispatches it when the place is a grid. */
    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent locate(String number, String openid, GridMatch match, GeoPoint point, String address) {
        GridEvent event = ownedBy(number, openid);
        Instant at = clock.instant();
        event.locate(match == null ? null : match.unit(), match == null ? null : match.matchedBy(), point, address,
                Actor.RESIDENT, at);
        Optional<Worker> worker = dispatch.assign(event, at);
        GridEvent saved = events.update(event);
        worker.ifPresent(w -> tasks.taskAssigned(saved, w, at));
        return saved;
    }
}

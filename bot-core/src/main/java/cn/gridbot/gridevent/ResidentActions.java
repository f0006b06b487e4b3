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
    private final MergedReports merged;
    private final Clock clock;

    ResidentActions(GridEvents events, Dispatch dispatch, TaskNotices tasks, MergedReports merged, Clock clock) {
        this.events = events;
        this.dispatch = dispatch;
        this.tasks = tasks;
        this.merged = merged;
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
        if (event.status() == EventStatus.MERGED) {
            return rateMerged(event, score);
        }
        event.rate(score, clock.instant());
        return events.update(event);
    }

    /**
     * A merged report's reporter rates how the main event was handled, once it is resolved; 1 or 2 reopens the main
     * event for supervisor review, as the main reporter's would.
     */
    private GridEvent rateMerged(GridEvent report, int score) {
        GridEvent main = events.findByNumber(report.mergedInto()).orElseThrow(() -> DomainException.notFound("unknown-event",
                "No event has the number " + report.mergedInto()));
        if (!EventStatus.DONE.contains(main.status())) {
            throw new IllegalTransition(report.number(), main.status(), "rated");
        }
        Instant at = clock.instant();
        report.rate(score, at);
        GridEvent saved = events.update(report);
        if (score <= 2) {
            main.reopen(Actor.RESIDENT, "并入的居民反映 " + report.number() + " 评价 " + score + " 分,转督查复核", at);
            tasks.toDispatcher(events.update(main), at);
        }
        return saved;
    }

    /** Rates the reporter's latest resolved, unrated event (or merged report whose event is resolved); empty when there is none. */
    @Transactional(noRollbackFor = DomainException.class)
    public Optional<GridEvent> rateLatest(String openid, int score) {
        Optional<String> latest = events.latestUnrated(openid).map(GridEvent::number).or(() -> merged.latestUnratedMerged(openid));
        return latest.map(number -> rate(number, openid, score));
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

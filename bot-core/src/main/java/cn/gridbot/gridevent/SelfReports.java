package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.worker.Worker;

/**
 * A grid worker's own reports (报事, README "The grid worker's own day"): an event with source WORKER in the worker's
 * grid, assigned to and signed for by that worker at once — and, when solved on the spot (即报即办), resolved and
 * closed at once too. Nobody is pushed a task; an urgent one is still told to the township centre. A photo or a
 * location sent within {@link #FOLLOW_UP} of the report belongs to it; a location moves it to that place's grid.
 */
@Component
public class SelfReports {

    /** How long after a report a photo or location still belongs to it. */
    public static final Duration FOLLOW_UP = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(SelfReports.class);

    private final GridEvents events;
    private final EventNumbers numbers;
    private final DeadlinePolicy deadlines;
    private final Dispatch dispatch;
    private final Clock clock;
    private final GridbotSettings settings;

    SelfReports(GridEvents events, EventNumbers numbers, DeadlinePolicy deadlines, Dispatch dispatch, Clock clock,
            GridbotSettings settings) {
        this.events = events;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.dispatch = dispatch;
        this.clock = clock;
        this.settings = settings;
    }

    /** Stores the worker's report, signed for; {@code result} non-null: solved on the spot, resolved and closed. */
    @Transactional
    public GridEvent report(Worker worker, String description, Classification classification, GridMatch match,
            String result) {
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, settings.timeZone());
        boolean urgent = classification.category() == Category.EMERGENCY;
        Actor actor = Actor.worker(worker.code());
        NewReport report = new NewReport(description, classification, urgent, match, null, Source.WORKER, null, null);
        return numbers.withNextNumber(day, number -> {
            GridEvent event = GridEvent.report(number, report, match.unit(), actor, at);
            event.assignTo(worker.code(), deadlines.forAssignment(classification.category(), urgent, at), actor, at,
                    "网格员自行上报");
            event.accept(actor, at);
            if (result != null) {
                event.resolve(actor, result, at);
                event.close(actor, "即报即办", at);
            }
            Dispatch.Recipients told = urgent && result == null ? dispatch.recipients(event, Optional.of(worker), at) : null;
            GridEvent saved = events.add(event);
            if (told != null) {
                dispatch.announce(saved, new Dispatch.Recipients(Optional.empty(), told.centre(), told.centreStaff(),
                        told.countyStaff()), at);
            }
            log.info("Event {} self-reported by {}: {} in {} ({})", saved.number(), worker.code(), saved.category(),
                    saved.unitCode(), saved.status());
            return saved;
        });
    }

    /** A photo of what the worker just reported. */
    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent attachPhoto(Worker worker, String number, String mediaId, String url) {
        GridEvent event = recent(worker, number);
        events.attach(event, new Attachment(Attachment.Kind.REPORT_PHOTO, mediaId, url, clock.instant()));
        return event;
    }

    /** The place of what the worker just reported: it moves to the grid there (if the place lies in one). */
    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent place(Worker worker, String number, GridMatch match, GeoPoint point, String label) {
        GridEvent event = recent(worker, number);
        event.placeOwnReport(match == null || !match.foundGrid() ? null : match.unit(), point, label,
                Actor.worker(worker.code()), clock.instant());
        return events.update(event);
    }

    /** Whether a photo or location sent now still belongs to this report. */
    public boolean stillOpenForFollowUp(GridEvent event) {
        return !clock.instant().isAfter(event.createdAt().plus(FOLLOW_UP));
    }

    private GridEvent recent(Worker worker, String number) {
        GridEvent event = events.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        if (event.report().source() != Source.WORKER || !worker.code().equals(event.assigneeCode())) {
            throw DomainException.conflict("not-own-report", "Event " + number + " is not this worker's own report");
        }
        return event;
    }
}

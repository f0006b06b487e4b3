package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.worker.Worker;

/**
 * Turns a report into a stored event: numbers it, places it in its unit, gives it to the grid's
 * reachable worker when there is one (otherwise it waits in the dispatcher's queue, with the reason),
 * and writes the pushes to everyone who is told into the outbox, all in the caller's transaction.
 */
@Component
public class EventIntake {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final GridEvents events;
    private final EventNumbers numbers;
    private final Dispatch dispatch;
    private final DuplicateCheck duplicates;
    private final Clock clock;
    private final GridbotSettings settings;

    EventIntake(GridEvents events, EventNumbers numbers, Dispatch dispatch, DuplicateCheck duplicates, Clock clock,
            GridbotSettings settings) {
        this.events = events;
        this.numbers = numbers;
        this.dispatch = dispatch;
        this.duplicates = duplicates;
        this.clock = clock;
        this.settings = settings;
    }

    /** The stored event and who was told about it. */
    public record Reported(GridEvent event, Dispatch.Recipients told) {
    }

    @Transactional
    public Reported report(NewReport report, Actor actor) {
        GridUnit unit = report.match().unit();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, settings.timeZone());
        Optional<String> repeats = duplicates.mainFor(report, unit, at);
        return numbers.withNextNumber(day, number -> {
            GridEvent event = GridEvent.report(number, report, unit, actor, at);
            // A repeat is merged into the open event: nobody is given it and no second task is pushed; only a repeat
            // whose danger is not ruled out is still pushed to the centre and to the main event's assignee, to check.
            repeats.ifPresent(main -> event.mergeInto(main, Actor.SYSTEM, at));
            Optional<Worker> worker = repeats.isPresent() ? Optional.empty() : dispatch.assign(event, at);
            Dispatch.Recipients told = repeats.isPresent()
                    ? dispatch.recipientsOfRepeat(event, () -> repeats.flatMap(events::findByNumber))
                    : dispatch.recipients(event, worker, at);
            GridEvent saved = events.add(event);
            dispatch.announce(saved, told, at);
            log.info("Event {} reported: {} in {} ({}{})", saved.number(), saved.category(), saved.unitCode(),
                    repeats.map(main -> "merged into " + main)
                            .orElseGet(() -> worker.map(w -> "assigned to " + w.code()).orElse("dispatcher queue")),
                    saved.unreached() ? ", REACHED NOBODY" : "");
            return new Reported(saved, told);
        });
    }
}

package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;

/**
 * Follow-up calls (电话回访, README "Departments and supervision"): a random sample of the closed events residents
 * reported, for supervisors to call; each answer is recorded in the event's timeline and kept for the statistics, and an
 * UNSATISFIED answer reopens the event for review and tells the dispatcher.
 */
@Component
public class FollowUpCalls {

    /** The closed events a sample is drawn from, newest first. */
    private static final int POOL = 10_000;
    public static final int MAX_SAMPLE = 200;

    private final GridEvents events;
    private final FollowUps calls;
    private final TaskNotices tasks;
    private final Clock clock;
    private final Random random;

    FollowUpCalls(GridEvents events, FollowUps calls, TaskNotices tasks, Clock clock) {
        this.events = events;
        this.calls = calls;
        this.tasks = tasks;
        this.clock = clock;
        this.random = new Random();
    }

    /** Up to {@code size} distinct closed residents' events under the path, closed in [from, to), drawn at random. */
    public List<GridEvent> sample(String unitPath, Instant from, Instant to, int size) {
        if (size < 1 || size > MAX_SAMPLE) {
            throw DomainException.invalid("size", "size is 1 to " + MAX_SAMPLE);
        }
        List<String> pool = new ArrayList<>(calls.closedResidentEvents(unitPath, from, to, POOL));
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(size, pool.size())).stream()
                .map(n -> events.findByNumber(n).orElseThrow()).toList();
    }

    @Transactional
    public GridEvent record(GridEvent event, FollowUp.Result result, String note, Actor actor) {
        Instant at = clock.instant();
        event.followUp(result, note, actor, at);
        GridEvent saved = events.update(event);
        calls.add(new FollowUp(saved.number(), saved.unitPath(), result, note, at, actor.toString()));
        if (result == FollowUp.Result.UNSATISFIED) {
            tasks.toDispatcher(saved, at);
        }
        return saved;
    }
}

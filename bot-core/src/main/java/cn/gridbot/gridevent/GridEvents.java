package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The store of grid events and their timelines. */
public interface GridEvents {

    /** Inserts a new event with its timeline; answers it as stored. Throws {@link NumberTaken} if the number exists. */
    GridEvent add(GridEvent event);

    /**
     * Stores the event's changes and its new timeline entries; answers it as stored. Throws
     * {@link ConcurrentChange} when someone else changed it since it was read.
     */
    GridEvent update(GridEvent event);

    /** The event with its whole timeline. */
    Optional<GridEvent> findByNumber(String number);

    /** Matching events, newest first, without timelines. */
    Page<GridEvent> search(EventQuery query, PageRequest page);

    /** Keyset page: matching events with an id below {@code beforeId} (all when null), newest first. */
    List<GridEvent> searchBefore(EventQuery query, Long beforeId, int limit);

    /** How many events match. */
    long count(EventQuery query);

    /** The reporter's latest events, newest first. */
    List<GridEvent> recentByReporter(String openid, int limit);

    /** How many open events each of these workers holds. */
    Map<String, Integer> openLoad(List<String> workerCodes);

    /** The reporter's most recent event that is resolved (or closed) and not yet rated. */
    Optional<GridEvent> latestUnrated(String openid);

    /** Adds a photo to a stored event. */
    void attach(GridEvent event, Attachment attachment);

    List<Attachment> attachments(GridEvent event);

    /** Steps of the deadline watch, each over the events in these states. */
    enum WatchStep {
        SIGN_REMINDER(Set.of(EventStatus.ASSIGNED)),
        SIGN_ESCALATION(Set.of(EventStatus.ASSIGNED)),
        RESOLVE_OVERDUE(EventStatus.OPEN),
        CLOSE_UNRATED(Set.of(EventStatus.RESOLVED));

        private final Set<EventStatus> statuses;

        WatchStep(Set<EventStatus> statuses) {
            this.statuses = statuses;
        }

        public Set<EventStatus> statuses() {
            return statuses;
        }
    }

    /** Events for which that step is due: their deadline (or resolution, for closing) is before {@code before}. */
    List<GridEvent> dueFor(WatchStep step, Instant before, int limit);

    /** The highest event number that starts with this day prefix, such as {@code 20261127-}. */
    Optional<String> lastNumberWithPrefix(String prefix);

    /** Thrown when an event number is already taken (a counter restarted); the caller takes a fresh number. */
    class NumberTaken extends RuntimeException {
        public NumberTaken(String number) {
            super("Event number " + number + " is already taken");
        }
    }

    /** Thrown when an event changed between reading and writing it. */
    class ConcurrentChange extends DomainException {
        public ConcurrentChange(String number) {
            super(Kind.CONFLICT, "concurrent-change", "Event " + number + " was changed by someone else at the same moment; try again");
        }
    }
}

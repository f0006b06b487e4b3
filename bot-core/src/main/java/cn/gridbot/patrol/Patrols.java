package cn.gridbot.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The store of patrols and their tracks. */
public interface Patrols {

    /**
     * Stores a new open patrol, which counts for that day and half-day; empty when the worker already has an open one
     * (on any instance).
     */
    Optional<Patrol> start(Patrol patrol, LocalDate dutyDay, HalfDay half);

    Optional<Patrol> openOf(String workerCode);

    Optional<Patrol> find(long id);

    /** Adds a point to the patrol while it is open; answers the patrol as it now stands, empty if it had ended. */
    Optional<Patrol> addPoint(long patrolId, TrackPoint point);

    /** Ends the patrol if it is still open; answers whether this call ended it. */
    boolean end(long patrolId, Instant endedAt, boolean valid, boolean auto, String note);

    /** Open patrols that started before {@code startedBefore}, oldest first. */
    List<Patrol> openSince(Instant startedBefore, int limit);

    /** Matching patrols, newest first. */
    Page<Patrol> search(PatrolQuery query, PageRequest page);

    /** Patrols that started in {@code [from, to)} under the unit path (all when null), open ones included. */
    List<Patrol> startedBetween(String unitPath, Instant from, Instant to);

    List<TrackPoint> track(long patrolId);

    /**
     * Per worker under the unit path (all when null): on how many of these days' half-days they did a valid patrol.
     * Counted in the database, so a county's month is a few thousand rows, not a million patrols.
     */
    Map<String, Integer> halfDaysDone(String unitPath, Collection<LocalDate> days);

    /** The on-duty workers of GRID units under the unit path (all when null), by code. */
    List<DutyWorker> dutyWorkers(String unitPath);
}

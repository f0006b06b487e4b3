package cn.gridbot.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Texts;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.worker.Worker;

/**
 * A worker's patrol from start to end (README "The grid worker's own day"): "巡查" starts one, each location shared
 * while it is open is a point of its track — inside the worker's grid or not, by the grid's polygon — and "结束巡查"
 * ends it, or it ends by itself after {@link PatrolSettings#maxDuration()}. Either way it is judged once, at its end.
 */
@Component
public class Patrolling {

    private static final Logger log = LoggerFactory.getLogger(Patrolling.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int NOTE_MAX = 1000;

    /** A point added to a patrol: the patrol as it now stands, and the point. */
    public record Tracked(Patrol patrol, TrackPoint point) {
    }

    /** The start of a patrol: the patrol, and whether it was already open. */
    public record Started(Patrol patrol, boolean already) {
    }

    private final Patrols patrols;
    private final GridCatalog grids;
    private final PatrolSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    Patrolling(Patrols patrols, GridCatalog grids, PatrolSettings settings, Clock clock, GridbotSettings gridbot,
            ApplicationEventPublisher events) {
        this.events = events;
        this.patrols = patrols;
        this.grids = grids;
        this.settings = settings;
        this.clock = clock;
        this.zone = gridbot.timeZone();
    }

    @Transactional
    public Started start(Worker worker) {
        Optional<Patrol> open = patrols.openOf(worker.code());
        if (open.isPresent()) {
            return new Started(open.get(), true);
        }
        String path = grids.directory().find(worker.unitCode()).map(GridUnit::path).orElse("/" + worker.unitCode() + "/");
        Instant now = clock.instant();
        Optional<Patrol> started = patrols.start(new Patrol(null, worker.code(), worker.unitCode(), path, now,
                null, 0, 0, false, false, null), LocalDate.ofInstant(now, zone), HalfDay.of(now, settings.noon(), zone));
        return started.map(p -> new Started(p, false))
                .orElseGet(() -> new Started(patrols.openOf(worker.code()).orElseThrow(), true));
    }

    /** The worker's open patrol, if any. */
    public Optional<Patrol> openOf(Worker worker) {
        return patrols.openOf(worker.code());
    }

    /** Adds the location to the worker's open patrol; empty when they are not on patrol. */
    @Transactional
    public Optional<Tracked> point(Worker worker, GeoPoint point) {
        Optional<Patrol> open = patrols.openOf(worker.code());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        TrackPoint tracked = new TrackPoint(clock.instant(), point, inside(open.get().unitCode(), point));
        return patrols.addPoint(open.get().id(), tracked).map(p -> new Tracked(p, tracked));
    }

    /** Ends the worker's open patrol with their note; answers it as judged, empty when none was open. */
    @Transactional
    public Optional<Patrol> end(Worker worker, String note) {
        return patrols.openOf(worker.code()).flatMap(p -> finish(p, clock.instant(), false, note));
    }

    /** Ends every patrol open longer than the longest a patrol lasts, at that length; answers how many. */
    @Transactional
    public int endOverlong() {
        Instant now = clock.instant();
        List<Patrol> overlong = patrols.openSince(now.minus(settings.maxDuration()), 500);
        int ended = 0;
        for (Patrol p : overlong) {
            if (finish(p, p.startedAt().plus(settings.maxDuration()), true, null).isPresent()) {
                ended++;
            }
        }
        return ended;
    }

    private Optional<Patrol> finish(Patrol open, Instant at, boolean auto, String note) {
        Patrol current = patrols.find(open.id()).orElse(open);
        boolean valid = settings.valid(java.time.Duration.between(current.startedAt(), at), current.insidePoints());
        String kept = note == null || note.isBlank() ? null : Texts.cut(note.strip(), NOTE_MAX);
        if (!patrols.end(current.id(), at, valid, auto, kept)) {
            return Optional.empty();
        }
        log.info("Patrol {} of {} ended{}: {} points, {} inside, {}", current.id(), current.workerCode(),
                auto ? " by itself" : "", current.points(), current.insidePoints(), valid ? "valid" : "not valid");
        events.publishEvent(new PatrolEnded(valid, auto));
        return Optional.of(new Patrol(current.id(), current.workerCode(), current.unitCode(), current.unitPath(),
                current.startedAt(), at, current.points(), current.insidePoints(), valid, auto, kept));
    }

    private boolean inside(String unitCode, GeoPoint point) {
        return grids.directory().find(unitCode).map(GridUnit::geometry)
                .map(shape -> shape.covers(GEOMETRY.createPoint(new Coordinate(point.longitude(), point.latitude()))))
                .orElse(false);
    }
}

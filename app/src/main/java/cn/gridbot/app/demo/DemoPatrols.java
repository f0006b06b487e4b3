package cn.gridbot.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.patrol.DutyWorker;
import cn.gridbot.patrol.HalfDay;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolSettings;
import cn.gridbot.patrol.Patrols;
import cn.gridbot.patrol.TrackPoint;
import cn.gridbot.patrol.TwiceDaily;

/**
 * A week of patrol history for the demo county, so that {@code /api/v1/patrols} and {@code /api/v1/stats/patrols}
 * show something on first start: on each working day of the past week every grid worker patrolled in the morning
 * (a loop round the middle of their grid), most also in the afternoon, and now and then one was too short to count.
 */
@Component
@ConditionalOnProperty(name = "gridbot.demo.enabled", havingValue = "true")
class DemoPatrols {

    private static final int DAYS = 7;

    private final Patrols patrols;
    private final TwiceDaily duty;
    private final GridCatalog grids;
    private final PatrolSettings rules;
    private final GridbotSettings settings;
    private final Clock clock;

    DemoPatrols(Patrols patrols, TwiceDaily duty, GridCatalog grids, PatrolSettings rules, GridbotSettings settings,
            Clock clock) {
        this.patrols = patrols;
        this.duty = duty;
        this.grids = grids;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the history; answers how many patrols. */
    @Transactional
    int record() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        List<DutyWorker> workers = patrols.dutyWorkers(null);
        int made = 0;
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            if (!duty.owedOn(day)) {
                continue;
            }
            for (int i = 0; i < workers.size(); i++) {
                DutyWorker w = workers.get(i);
                int seed = day.getDayOfMonth() + i;
                made += patrol(w, day.atTime(LocalTime.of(8, 30 + seed % 20)), seed % 7 == 0 ? 12 : 35 + seed % 20);
                if (seed % 3 != 0) {
                    made += patrol(w, day.atTime(LocalTime.of(14, 10 + seed % 30)), 30 + seed % 25);
                }
            }
        }
        return made;
    }

    private int patrol(DutyWorker w, LocalDateTime start, int minutes) {
        GridUnit grid = grids.directory().find(w.unitCode()).orElse(null);
        if (grid == null || grid.geometry() == null) {
            return 0;
        }
        Instant started = start.atZone(settings.timeZone()).toInstant();
        Patrol open = patrols.start(new Patrol(null, w.code(), grid.code(), grid.path(), started, null, 0, 0, false, false, null),
                start.toLocalDate(), HalfDay.of(started, rules.noon(), settings.timeZone())).orElse(null);
        if (open == null) {
            return 0;
        }
        Point centre = grid.geometry().getInteriorPoint();
        Envelope box = grid.geometry().getEnvelopeInternal();
        double dx = box.getWidth() / 8;
        double dy = box.getHeight() / 8;
        double[][] loop = { { 0, 0 }, { dx, 0 }, { dx, dy }, { 0, dy }, { -dx, dy }, { 0, 0 } };
        Duration step = Duration.ofMinutes(minutes).dividedBy(loop.length);
        for (int k = 0; k < loop.length; k++) {
            GeoPoint p = new GeoPoint(centre.getX() + loop[k][0], centre.getY() + loop[k][1]);
            boolean inside = grid.geometry().covers(centre.getFactory().createPoint(new Coordinate(
                    p.longitude(), p.latitude())));
            patrols.addPoint(open.id(), new TrackPoint(started.plus(step.multipliedBy(k)), p, inside));
        }
        Patrol tracked = patrols.find(open.id()).orElse(open);
        Instant ended = started.plus(Duration.ofMinutes(minutes));
        patrols.end(open.id(), ended, rules.valid(Duration.ofMinutes(minutes), tracked.insidePoints()), false,
                minutes < 20 ? "临时有事,提前结束" : "沿网格巡查一圈,未见异常");
        return 1;
    }
}

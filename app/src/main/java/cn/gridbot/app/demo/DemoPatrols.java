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

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.Deadlines;
import cn.gridbot.gridevent.EventNumbers;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.Source;
import cn.gridbot.patrol.DutyWorker;
import cn.gridbot.patrol.HalfDay;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolSettings;
import cn.gridbot.patrol.Patrols;
import cn.gridbot.patrol.TrackPoint;
import cn.gridbot.patrol.TwiceDaily;
import cn.gridbot.patrol.WeekSheet;

/**
 * Patrol history for the demo county, so that {@code /api/v1/patrols}, {@code /api/v1/stats/patrols} and the last
 * month's assessment show something on first start: on each working day from the first day of the previous month (or
 * the past week, if that is longer) every grid worker patrolled in the morning (a loop round the middle of their
 * grid), most also in the afternoon, and now and then one was too short to count. About once a week before the
 * current one, a worker reported something on that morning's round and solved it on the spot (报事 … 已处理, an event
 * with source WORKER, as {@code SelfReports} stores it), so that the assessment's self-reports are not empty either.
 */
@Component
@ConditionalOnProperty(name = "gridbot.demo.enabled", havingValue = "true")
class DemoPatrols {

    private static final int DAYS = 7;

    /** What a worker reports on a round and solves there: the text (with a place of the grid), category, result. */
    private static final String[][] FOUND = {
            { "%s路边有人乱扔垃圾", "ENVIRONMENT", "已劝导并清扫干净" },
            { "%s井盖松动,踩上去会翘", "MUNICIPAL", "已设置警示并联系维修,现已固定" },
            { "%s门口占道摆摊", "URBAN_MANAGEMENT", "已劝离,恢复通行" },
            { "%s楼道堆放杂物堵住通道", "SAFETY", "已协助住户清理" } };

    private final Patrols patrols;
    private final TwiceDaily duty;
    private final GridCatalog grids;
    private final PatrolSettings rules;
    private final GridbotSettings settings;
    private final Clock clock;

    private final GridEvents events;
    private final EventNumbers numbers;

    DemoPatrols(Patrols patrols, TwiceDaily duty, GridCatalog grids, PatrolSettings rules, GridbotSettings settings,
            Clock clock, GridEvents events, EventNumbers numbers) {
        this.events = events;
        this.numbers = numbers;
        this.patrols = patrols;
        this.duty = duty;
        this.grids = grids;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first day of the history: the first of the previous month, or a week ago when that is earlier. */
    static LocalDate firstDay(LocalDate today) {
        LocalDate monthAgo = today.minusMonths(1).withDayOfMonth(1);
        return monthAgo.isBefore(today.minusDays(DAYS)) ? monthAgo : today.minusDays(DAYS);
    }

    /** Records the history; answers how many patrols. */
    @Transactional
    int record() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        List<DutyWorker> workers = patrols.dutyWorkers(null);
        int made = 0;
        for (LocalDate day = firstDay(today); day.isBefore(today); day = day.plusDays(1)) {
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

    /**
     * Records the self-reports: each grid worker one on about every fifth working day before the current week (the
     * week in progress shows only what the user does), at 09:15 on that morning's round; answers how many.
     */
    @Transactional
    int recordSelfReports() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        LocalDate monday = WeekSheet.monday(today);
        List<DutyWorker> workers = patrols.dutyWorkers(null);
        int made = 0;
        for (LocalDate day = firstDay(today); day.isBefore(monday); day = day.plusDays(1)) {
            if (!duty.owedOn(day)) {
                continue;
            }
            for (int i = 0; i < workers.size(); i++) {
                int seed = day.getDayOfYear() + i;
                if (seed % 5 == 0) {
                    made += selfReport(workers.get(i), day.atTime(LocalTime.of(9, 15)), FOUND[seed % FOUND.length]);
                }
            }
        }
        return made;
    }

    private int selfReport(DutyWorker w, LocalDateTime at, String[] found) {
        GridUnit grid = grids.directory().find(w.unitCode()).orElse(null);
        if (grid == null || grid.geometry() == null || grid.keywords().isEmpty()) {
            return 0;
        }
        Instant when = at.atZone(settings.timeZone()).toInstant();
        Point centre = grid.geometry().getInteriorPoint();
        String place = grid.keywords().get(at.getDayOfMonth() % Math.min(3, grid.keywords().size()));
        NewReport report = new NewReport(found[0].formatted(place), new Classification(Category.valueOf(found[1]), 0.9), false,
                new GridMatch(grid, MatchedBy.LOCATION), null, Source.WORKER, place,
                new GeoPoint(Math.round(centre.getX() * 1e6) / 1e6, Math.round(centre.getY() * 1e6) / 1e6));
        Actor actor = Actor.worker(w.code());
        return numbers.withNextNumber(at.toLocalDate(), number -> {
            GridEvent event = GridEvent.report(number, report, grid, actor, when);
            event.assignTo(w.code(), new Deadlines(when.plus(Duration.ofDays(1)), when.plus(Duration.ofDays(3))), actor,
                    when, "网格员自行上报");
            event.accept(actor, when);
            event.resolve(actor, found[2], when);
            event.close(actor, "即报即办", when);
            events.add(event);
            return 1;
        });
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

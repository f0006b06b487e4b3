package cn.gridbot.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.EventNumbers;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.Source;
import cn.gridbot.patrol.DutyWorker;
import cn.gridbot.patrol.Patrols;

/**
 * A month of events for the demo county, so that the console's overview, map, trend and 督查通报 show something on
 * first start: residents' reports in every grid and category over the past 30 days, each taken through the
 * aggregate's own steps (report, dispatch to the grid's worker, sign-for, resolution, rating or closing) at the
 * moments they happened, and stored through {@link GridEvents} like any other event, so the timeline and the
 * counters it keeps are those of real events. Old ones are done; the last days' are still open, a few of them past
 * their deadline, and the newest two wait for dispatch; two are emergencies. Nothing here is due for the deadline watch: an open event past its deadline
 * is already marked overdue, an assigned one is inside its sign-for window and an unrated one was resolved less
 * than seven days ago (README "Event lifecycle"). The reporters are made-up openids, no resident's.
 */
@Component
@ConditionalOnProperty(name = "gridbot.demo.enabled", havingValue = "true")
class DemoEvents {

    static final int EVENTS = 96;
    private static final int DAYS = 30;

    /** What residents write, per category; {@code %s} is a place in the grid. */
    private static final Map<Category, String[]> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put(Category.ENVIRONMENT, new String[] { "%s的垃圾桶满了两天没人收,味道大得很", "%s旁边有人乱倒建筑垃圾",
                "%s的下水道冒污水,流到路上了", "%s门口的垃圾堆起好高了,苍蝇到处飞" });
        TEXTS.put(Category.MUNICIPAL, new String[] { "%s的路灯坏了好几天了,晚上黑黢黢的", "%s路面有个大坑,电瓶车差点摔了",
                "%s的井盖松了,踩上去晃得很", "%s停水一整天了,也没通知" });
        TEXTS.put(Category.GREENERY, new String[] { "%s的行道树歪了,怕砸到人", "%s的绿化带好久没修剪,挡住了视线",
                "%s有棵树枯死了,枝丫往下掉" });
        TEXTS.put(Category.SAFETY, new String[] { "%s那边电线垂得很低,小娃娃伸手就摸得到", "%s楼道里堆满了纸箱子,消防通道堵了",
                "%s有户人家煤气味道很大,敲门没人应", "%s的挡墙裂了缝,下雨怕垮" });
        TEXTS.put(Category.PUBLIC_ORDER, new String[] { "%s晚上有人喝酒闹事,吵得睡不着", "%s最近老是丢电瓶车,麻烦多巡逻一下" });
        TEXTS.put(Category.DISPUTE, new String[] { "%s两家人为宅基地吵起来了,麻烦来调解一下", "%s楼上漏水到楼下,两家扯皮好几天了",
                "%s邻居的狗天天晚上叫,说了也不听" });
        TEXTS.put(Category.URBAN_MANAGEMENT, new String[] { "%s门口占道经营,车都过不去", "%s有人乱搭乱建,在路边搭了个棚子",
                "%s的广告牌歪了,风一吹就响" });
        TEXTS.put(Category.LIVELIHOOD, new String[] { "%s有个独居老人好几天没出门了,麻烦去看一下", "想问一下%s这边医保怎么续缴",
                "%s的低保申请交上去一个月了,不晓得到哪一步了" });
        TEXTS.put(Category.OTHER, new String[] { "%s这边想建议多安几个健身器材", "%s的公交站牌字看不清了" });
    }

    private static final String[] EMERGENCIES = { "%s有人晕倒在路边,快来人", "%s一户人家厨房起火了,冒好大的烟" };
    private static final String[] RESULTS = { "已到现场处理完毕,拍照留存", "已联系相关部门处理,现场恢复正常", "已上门沟通,问题已解决",
            "已安排人员清理,后续持续跟进" };

    private final GridEvents events;
    private final EventNumbers numbers;
    private final GridCatalog grids;
    private final Patrols workers;
    private final Clock clock;
    private final ZoneId zone;

    DemoEvents(GridEvents events, EventNumbers numbers, GridCatalog grids, Patrols workers, GridbotSettings settings,
            Clock clock) {
        this.events = events;
        this.numbers = numbers;
        this.grids = grids;
        this.workers = workers;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** Records the events; answers how many. */
    @Transactional
    int record() {
        Map<String, String> workerOf = new LinkedHashMap<>();
        for (DutyWorker w : workers.dutyWorkers(null)) {
            workerOf.putIfAbsent(w.unitCode(), w.code());
        }
        List<GridUnit> gridList = grids.directory().all().stream()
                .filter(u -> u.isGrid() && u.geometry() != null && workerOf.containsKey(u.code()))
                .sorted(Comparator.comparing(GridUnit::code)).toList();
        if (gridList.isEmpty()) {
            return 0;
        }
        Random random = new Random(18);
        Instant now = clock.instant();
        List<Category> categories = new ArrayList<>(TEXTS.keySet());
        int made = 0;
        for (int i = 0; i < EVENTS; i++) {
            // Oldest first, so that ids and numbers follow the days; a little busier towards today.
            double along = Math.sqrt((i + 0.5) / EVENTS);
            Instant reported = now.minus(Duration.ofMinutes((long) ((1 - along) * DAYS * 24 * 60) + 30 + random.nextInt(90)));
            if (EVENTS - 1 - i >= 5) {
                // The newest five keep their moment: they must stay inside their sign-for window.
                reported = daytime(reported, random);
            }
            GridUnit grid = gridList.get(random.nextInt(gridList.size()));
            boolean emergency = i == EVENTS / 3 || i == EVENTS - 12;
            Category category = emergency ? Category.EMERGENCY : categories.get(i % categories.size());
            String[] texts = emergency ? EMERGENCIES : TEXTS.get(category);
            String place = grid.keywords().get(random.nextInt(Math.min(3, grid.keywords().size())));
            String text = texts[emergency ? (i == EVENTS / 3 ? 0 : 1) : random.nextInt(texts.length)].formatted(place);
            made += add(grid, workerOf.get(grid.code()), category, emergency, text, place, reported, now, random, EVENTS - 1 - i);
        }
        return made;
    }

    private int add(GridUnit grid, String worker, Category category, boolean emergency, String text, String place,
            Instant reported, Instant now, Random random, int newer) {
        LocalDate day = reported.atZone(zone).toLocalDate();
        GeoPoint point = pointIn(grid.geometry(), random);
        NewReport report = new NewReport(text, new Classification(category, 0.6 + random.nextInt(35) / 100.0), emergency,
                new GridMatch(grid, MatchedBy.LOCATION), "demo-neighbour-" + (1 + random.nextInt(60)), Source.RESIDENT, place,
                point);
        return numbers.withNextNumber(day, number -> {
            GridEvent event = GridEvent.report(number, report, grid, Actor.RESIDENT, reported);
            Duration age = Duration.between(reported, now);
            Actor w = Actor.worker(worker);
            if (newer < 2) {
                events.add(event); // the last two are still waiting for dispatch
                return 1;
            }
            Instant assigned = reported.plusSeconds(20);
            event.assignTo(worker, deadlines(assigned, emergency), Actor.SYSTEM, assigned, null);
            Instant accepted = assigned.plus(emergency ? Duration.ofMinutes(4 + random.nextInt(8))
                    : Duration.ofMinutes(15 + random.nextInt(200)));
            if (newer < 5 || age.toHours() < 20 && !emergency && accepted.isAfter(now)) {
                events.add(event); // dispatched, not yet signed for: still inside its sign-for window (under a day old)
                return 1;
            }
            event.accept(w, accepted);
            Duration working = emergency ? Duration.ofMinutes(30 + random.nextInt(60))
                    : Duration.ofHours(2 + random.nextInt(random.nextInt(9) == 0 ? 120 : 50));
            Instant resolved = accepted.plus(working);
            if (resolved.isAfter(now.minusSeconds(600))) {
                if (event.resolveDeadline().isBefore(now)) {
                    event.markOverdue(event.resolveDeadline());
                }
                events.add(event); // being worked on
                return 1;
            }
            event.resolve(w, RESULTS[random.nextInt(RESULTS.length)], resolved);
            Instant rated = resolved.plus(Duration.ofHours(1 + random.nextInt(30)));
            int roll = random.nextInt(10);
            if (rated.isBefore(now) && roll < 7) {
                event.rate(roll == 0 ? 2 : roll < 3 ? 4 : roll < 4 ? 3 : 5, rated);
                if (!event.overdue() && event.status() != EventStatus.CLOSED && event.resolveDeadline().isBefore(now)) {
                    // Reopened by a poor rating after its deadline: open and late, as the deadline watch would mark it.
                    event.markOverdue(rated.isAfter(event.resolveDeadline()) ? rated : event.resolveDeadline());
                }
            } else if (Duration.between(resolved, now).toDays() >= 7) {
                event.close(Actor.SYSTEM, "办结7天未评价,自动关闭", resolved.plus(Duration.ofDays(7)));
            }
            events.add(event);
            return 1;
        });
    }

    /**
     * The deadlines as the dispatch gives them by default (README "Event lifecycle"), on the clock rather than in
     * working time: an emergency 15 minutes to sign for and a day to resolve, any other event a day and three days.
     */
    private static Deadlines deadlines(Instant at, boolean emergency) {
        return emergency ? new Deadlines(at.plus(Duration.ofMinutes(15)), at.plus(Duration.ofDays(1)))
                : new Deadlines(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(3)));
    }

    /** Residents write in the daytime: a moment at night moves to the evening before or earlier the same day. */
    private Instant daytime(Instant at, Random random) {
        ZonedDateTime local = at.atZone(zone);
        if (local.getHour() < 7) {
            return local.minusDays(1).withHour(18 + random.nextInt(3)).toInstant();
        }
        return local.getHour() < 21 ? at : local.withHour(7 + random.nextInt(14)).toInstant();
    }

    /** A point inside the grid near its middle. */
    private static GeoPoint pointIn(Geometry geometry, Random random) {
        Point centre = geometry.getInteriorPoint();
        Envelope box = geometry.getEnvelopeInternal();
        for (int tries = 0; tries < 10; tries++) {
            double x = centre.getX() + (random.nextDouble() - 0.5) * box.getWidth() / 2;
            double y = centre.getY() + (random.nextDouble() - 0.5) * box.getHeight() / 2;
            if (geometry.covers(centre.getFactory().createPoint(new Coordinate(x, y)))) {
                return new GeoPoint(round(x), round(y));
            }
        }
        return new GeoPoint(round(centre.getX()), round(centre.getY()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}

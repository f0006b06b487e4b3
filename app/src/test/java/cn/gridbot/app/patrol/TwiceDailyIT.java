package cn.gridbot.app.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.GridBotApplication;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.patrol.HalfDay;
import cn.gridbot.patrol.PatrolReminders;
import tools.jackson.databind.JsonNode;

/**
 * 一日双巡 (README "The grid worker's own day"): on each working day of the shipped holiday calendar every on-duty grid
 * worker owes a valid morning and a valid afternoon patrol — a 调休 Saturday counts, a holiday and a Sunday do not —
 * and PATROL_DUE reminds those who have not done the half-day's, once, however many runs on however many instances.
 * In May 2026 the 1st–5th are 劳动节 holidays and Saturday the 9th is worked instead.
 */
@IntegrationTest
class TwiceDailyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 5, 9);
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 5, 4);

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    PatrolReminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
    }

    /** Moves the application's clock to this local time of that day. */
    private void at(LocalDate day, int hour, int minute) {
        clock.advance(Duration.between(clock.instant(), day.atTime(hour, minute).atZone(SHANGHAI).toInstant()));
    }

    /** A valid patrol of worker one (grid one), starting now. */
    private void validPatrol() {
        String worker = TestCounty.WORKER_ONE_OPENID;
        assertThat(wx.text(worker, "巡查").content()).contains("巡查开始");
        for (int i = 1; i <= 3; i++) {
            wx.location(worker, 104.002 + i * 0.001, 30.004, "幸福路" + i + "号");
        }
        clock.advance(Duration.ofMinutes(25));
        assertThat(wx.text(worker, "结束巡查 未见异常").content()).contains("有效巡查").doesNotContain("未达到");
    }

    private List<String> reminded() {
        return jdbc.queryForList("SELECT worker_code FROM notification WHERE kind = 'PATROL_DUE' ORDER BY worker_code", String.class);
    }

    @Test
    void onAMakeUpSaturdayTheWorkersWithoutTheHalfDaysPatrolAreRemindedOnce() {
        at(MAKE_UP_SATURDAY, 9, 0);
        validPatrol();
        at(MAKE_UP_SATURDAY, 10, 30);
        assertThat(reminders.run(MAKE_UP_SATURDAY, HalfDay.MORNING)).isEqualTo(1);
        assertThat(reminded()).containsExactly(TestCounty.WORKER_TWO);
        assertThat(reminders.run(MAKE_UP_SATURDAY, HalfDay.MORNING)).isZero();
        at(MAKE_UP_SATURDAY, 16, 30);
        assertThat(reminders.run(MAKE_UP_SATURDAY, HalfDay.AFTERNOON)).isEqualTo(2);
        assertThat(reminded()).containsExactly(TestCounty.WORKER_ONE, TestCounty.WORKER_TWO, TestCounty.WORKER_TWO);
        String text = jdbc.queryForObject("SELECT payload FROM notification WHERE kind = 'PATROL_DUE' AND worker_code = ?"
                + " AND notify_key LIKE '%AFTERNOON'", String.class, TestCounty.WORKER_ONE);
        assertThat(text).contains("下午").contains("巡查");
    }

    @Test
    void onAHolidayOrASundayNobodyOwesAPatrol() {
        assertThat(reminders.run(HOLIDAY, HalfDay.MORNING)).isZero();
        assertThat(reminders.run(HOLIDAY, HalfDay.AFTERNOON)).isZero();
        assertThat(reminders.run(LocalDate.of(2026, 5, 10), HalfDay.MORNING)).isZero();
        assertThat(reminded()).isEmpty();
    }

    @Test
    void theStatisticsCountHalfDaysOwedOnWorkingDaysAndThoseDone() {
        at(MAKE_UP_SATURDAY, 9, 0);
        validPatrol();
        String token = clients.adminToken();
        JsonNode week = api.get("/api/v1/stats/patrols?gridCode=" + TestCounty.COMMUNITY + "&from=2026-05-04&to=2026-05-10",
                token).body();
        // Working days: Wednesday 6th to Friday 8th and the make-up Saturday; two workers, two halves each.
        assertThat(week.get("due").asLong()).isEqualTo(16);
        assertThat(week.get("done").asLong()).isEqualTo(1);
        assertThat(week.get("items")).extracting(i -> i.get("unitCode").asString() + " " + i.get("due").asLong() + " "
                + i.get("done").asLong() + " " + i.get("rate").asDouble())
                .containsExactlyInAnyOrder(TestCounty.GRID_ONE + " 8 1 0.125", TestCounty.GRID_TWO + " 8 0 0.0");

        JsonNode holiday = api.get("/api/v1/stats/patrols?gridCode=" + TestCounty.COMMUNITY + "&from=2026-05-04&to=2026-05-04",
                token).body();
        assertThat(holiday.get("due").asLong()).isZero();
        assertThat(holiday.get("rate").isNull()).isTrue();

        JsonNode county = api.get("/api/v1/stats/patrols?from=2026-05-09&to=2026-05-09", token).body();
        assertThat(county.get("unitCode").asString()).isEqualTo(TestCounty.COUNTY);
        assertThat(county.get("items")).extracting(i -> i.get("unitCode").asString() + " " + i.get("due").asLong() + " "
                + i.get("done").asLong()).containsExactlyInAnyOrder(TestCounty.EAST_TOWN + " 4 1", TestCounty.WEST_TOWN + " 0 0");
    }

    @Test
    void fourConcurrentRunsOnTwoInstancesRemindEachWorkerOnce() throws Exception {
        LocalDate monday = LocalDate.of(2026, 5, 11);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GridBotApplication.class)
                .profiles("it").run("--server.port=0")) {
            PatrolReminders other = second.getBean(PatrolReminders.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> runs = List.of(() -> reminders.run(monday, HalfDay.MORNING),
                        () -> other.run(monday, HalfDay.MORNING), () -> reminders.run(monday, HalfDay.MORNING),
                        () -> other.run(monday, HalfDay.MORNING));
                int created = 0;
                for (Future<Integer> f : pool.invokeAll(runs)) {
                    created += f.get();
                }
                assertThat(created).isEqualTo(2);
                assertThat(reminded()).containsExactly(TestCounty.WORKER_ONE, TestCounty.WORKER_TWO);
                assertThat(other.run(monday, HalfDay.MORNING)).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

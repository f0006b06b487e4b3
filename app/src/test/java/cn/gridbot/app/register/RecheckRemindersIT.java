package cn.gridbot.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.register.CheckResult;
import cn.gridbot.register.Rechecks;
import cn.gridbot.register.RegisterImporter;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.Registers;
import cn.gridbot.reminder.DailyDigest;
import cn.gridbot.reminder.ReminderCounts;
import cn.gridbot.reminder.ReminderRun;
import cn.gridbot.worker.Workers;

/**
 * CHECK_DUE and CHECK_OVERDUE by the visit rules (README "Registers"), asserted as the exact set of reminders
 * created: due on D or D+1, overdue, never checked, at month and year ends, a floating resident's leaving day,
 * a check starting a new cycle, a missed day caught up, runs repeated and on two instances, a SPECIAL person
 * named without their kind, and the digest.
 */
@IntegrationTest
class RecheckRemindersIT {

    @Autowired
    TestCounty county;
    @Autowired
    RegisterImporter importer;
    @Autowired
    ReminderRun reminders;
    @Autowired
    Registers registers;
    @Autowired
    Rechecks rechecks;
    @Autowired
    Workers workers;
    @Autowired
    DailyDigest digest;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        county.load();
    }

    private void load(RegisterKind kind, String... rows) {
        assertThat(importer.importCsv(kind, RegisterCsv.bytes(kind, rows)).rejected()).isEmpty();
    }

    /** "KIND title due-date" for every reminder stored, sorted. */
    private List<String> reminders() {
        return jdbc.queryForList("SELECT CONCAT(kind, ' ', SUBSTRING_INDEX(SUBSTRING_INDEX(notify_key, ':', 3), ':', -1), ' ',"
                + " (SELECT COALESCE(r.name, r.address) FROM register_record r WHERE CONCAT('R', r.id) ="
                + " SUBSTRING_INDEX(SUBSTRING_INDEX(n.notify_key, ':', 2), ':', -1))) FROM notification n"
                + " WHERE kind LIKE 'CHECK%' ORDER BY 1", String.class);
    }

    private static String place(String name, String interval, String lastCheck) {
        return name + ",FIRE,幸福路" + name.length() + "号," + TestCounty.GRID_ONE + ",王老板,13900002222," + interval + "," + lastCheck;
    }

    @Test
    void dueTodayTomorrowOverdueAndNeverChecked() {
        load(RegisterKind.PLACE, place("今天到期", "30", "2026-10-28"), place("明天到期", "30", "2026-10-29"),
                place("已逾期", "30", "2026-10-01"), place("从未检查", "", ""), place("后天到期", "30", "2026-10-30"));
        ReminderCounts counts = reminders.run(LocalDate.of(2026, 11, 27));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-27 今天到期", "CHECK_DUE 2026-11-27 从未检查",
                "CHECK_DUE 2026-11-28 明天到期", "CHECK_OVERDUE 2026-10-31 已逾期");
        assertThat(counts.created()).containsEntry(NotificationKind.CHECK_DUE, 3).containsEntry(NotificationKind.CHECK_OVERDUE, 1);
        assertThat(reminders.run(LocalDate.of(2026, 11, 27)).total()).isZero();
        assertThat(jdbc.queryForList("SELECT recipient_openid FROM notification", String.class))
                .containsOnly(TestCounty.WORKER_ONE_OPENID);
    }

    @Test
    void aNeverCheckedRecordIsDueEachDayUntilItsFirstCheck() {
        load(RegisterKind.PLACE, place("从未检查", "", ""), place("检查过", "30", "2026-11-20"));
        reminders.run(LocalDate.of(2026, 11, 27));
        reminders.run(LocalDate.of(2026, 11, 28));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-27 从未检查", "CHECK_DUE 2026-11-28 从未检查");
        var record = registers.findInGrid(TestCounty.GRID_ONE, "从未检查", false, 2).get(0);
        rechecks.log(record, LocalDate.of(2026, 11, 28), workers.findByCode(TestCounty.WORKER_ONE).orElseThrow(),
                CheckResult.OK, "已检查");
        assertThat(reminders.run(LocalDate.of(2026, 11, 29)).total()).isZero();
        // The first check starts the cycle: 2026-11-28 + 30 days.
        reminders.run(LocalDate.of(2026, 12, 28));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-27 从未检查", "CHECK_DUE 2026-11-28 从未检查",
                "CHECK_OVERDUE 2026-12-20 检查过", "CHECK_DUE 2026-12-28 从未检查");
    }

    /** More reminders than one insert chunk (500) of each kind: written whole, counted once, none twice. */
    @Test
    void aRunLargerThanAnInsertChunkIsWrittenWholeAndCountedOnce() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1400; i++) {
            // Half due on 11-27 or 11-28, half overdue since 11-01..11-14; some never checked.
            String lastCheck = i % 2 == 0 ? "2026-10-" + (28 + i % 4 / 2) : i % 10 == 1 ? "" : "2026-10-" + String.format("%02d", 2 + i % 14);
            rows.add(place("场所" + i, "30", lastCheck));
        }
        load(RegisterKind.PLACE, rows.toArray(String[]::new));
        ReminderCounts counts = reminders.run(LocalDate.of(2026, 11, 27));
        assertThat(counts.created()).containsEntry(NotificationKind.CHECK_DUE, 840).containsEntry(NotificationKind.CHECK_OVERDUE, 560);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT notify_key) FROM notification WHERE kind LIKE 'CHECK%'", Integer.class))
                .isEqualTo(1400);
        assertThat(reminders.run(LocalDate.of(2026, 11, 27)).total()).isZero();
    }

    @Test
    void theDefaultIntervalsAndTheMonthAndYearEnds() {
        // HOUSE 365 days: checked 2025-12-31, due 2026-12-31; ASSISTED 90: 2026-10-02 + 90 = 2026-12-31.
        load(RegisterKind.HOUSE, "幸福路1号," + TestCounty.GRID_ONE + ",砖混,自住,张三,13900003333,3,否,,2025-12-31");
        load(RegisterKind.ASSISTED, "帮扶户," + "510102195001011234,13900004444,低保,幸福路2号," + TestCounty.GRID_ONE + ",,2026-10-02");
        // Month end: 2026-10-31 + 30 = 2026-11-30.
        load(RegisterKind.PLACE, place("月底到期", "30", "2026-10-31"));
        reminders.run(LocalDate.of(2026, 11, 29));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-30 月底到期");
        reminders.run(LocalDate.of(2026, 12, 1));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-30 月底到期", "CHECK_OVERDUE 2026-11-30 月底到期");
        reminders.run(LocalDate.of(2026, 12, 30));
        assertThat(reminders()).contains("CHECK_DUE 2026-12-31 幸福路1号", "CHECK_DUE 2026-12-31 帮扶户");
        reminders.run(LocalDate.of(2027, 1, 1));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-11-30 月底到期", "CHECK_DUE 2026-12-31 帮扶户",
                "CHECK_DUE 2026-12-31 幸福路1号", "CHECK_OVERDUE 2026-11-30 月底到期", "CHECK_OVERDUE 2026-12-31 帮扶户",
                "CHECK_OVERDUE 2026-12-31 幸福路1号");
    }

    @Test
    void aFloatingResidentIsAlsoDueOnTheExpectedLeavingDay() {
        load(RegisterKind.FLOATING, "打工仔,510102199001011234,13900005555,四川南充,幸福路3号," + TestCounty.GRID_ONE
                + ",2026-06-01,2026-12-15,90,2026-11-01");
        reminders.run(LocalDate.of(2026, 12, 14));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-12-15 打工仔");
        reminders.run(LocalDate.of(2026, 12, 16));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_DUE 2026-12-15 打工仔", "CHECK_OVERDUE 2026-12-15 打工仔");
        // The regular cycle goes on: 2026-11-01 + 90 = 2027-01-30.
        reminders.run(LocalDate.of(2027, 1, 30));
        assertThat(reminders()).contains("CHECK_DUE 2027-01-30 打工仔").hasSize(3);
        String text = jdbc.queryForObject("SELECT payload FROM notification WHERE notify_key LIKE 'CHECK_DUE%2026-12-15%'", String.class);
        assertThat(text).contains("预计离开日").contains("【流动人口】打工仔").doesNotContain("13900005555")
                .doesNotContain("510102199001011234");
    }

    @Test
    void aCheckStartsANewCycleAndAMissedDayIsCaughtUp() {
        load(RegisterKind.PLACE, place("已逾期", "14", "2026-11-01"));
        reminders.run(LocalDate.of(2026, 11, 20));
        var record = registers.findInGrid(TestCounty.GRID_ONE, "已逾期", false, 2).get(0);
        rechecks.log(record, LocalDate.of(2026, 11, 21), workers.findByCode(TestCounty.WORKER_ONE).orElseThrow(),
                CheckResult.OK, "灭火器在有效期内");
        assertThat(registers.findById(record.id()).orElseThrow().nextCheckDue()).isEqualTo(LocalDate.of(2026, 12, 5));
        reminders.run(LocalDate.of(2026, 11, 22));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_OVERDUE 2026-11-15 已逾期");
        // No run between 12-04 and 12-07: the due date 12-05 passed unseen and is caught up as overdue.
        reminders.run(LocalDate.of(2026, 12, 3));
        reminders.run(LocalDate.of(2026, 12, 7));
        assertThat(reminders()).containsExactlyInAnyOrder("CHECK_OVERDUE 2026-11-15 已逾期", "CHECK_OVERDUE 2026-12-05 已逾期");
    }

    @Test
    void aSpecialPersonIsNamedWithoutTheirKindAndTheDigestCarriesTheChecks() {
        load(RegisterKind.SPECIAL, "周某某,510102198001011234,社区矫正,幸福路5号," + TestCounty.GRID_ONE + ",30,");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        reminders.run(today);
        String text = jdbc.queryForObject("SELECT payload FROM notification WHERE kind = 'CHECK_DUE'", String.class);
        assertThat(text).contains("周某某").contains("幸福路5号").doesNotContain("社区矫正").doesNotContain("特殊人群")
                .doesNotContain("510102198001011234");
        assertThat(jdbc.queryForObject("SELECT resident_name FROM notification WHERE kind = 'CHECK_DUE'", String.class)).isNull();
        assertThat(digest.send(today)).isEqualTo(1);
        String digestText = jdbc.queryForObject("SELECT payload FROM notification WHERE kind = 'DAILY_DIGEST'", String.class);
        assertThat(digestText).contains("待复核 1 项").contains("周某某").doesNotContain("社区矫正").doesNotContain("特殊人群");
    }

    @Test
    void concurrentRunsOnTwoInstancesCreateEachReminderOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(place("场所" + i, "7", "2026-11-" + String.format("%02d", 10 + i % 15)));
        }
        load(RegisterKind.PLACE, rows.toArray(String[]::new));
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GridBotApplication.class)
                .profiles("it").run("--server.port=0")) {
            ReminderRun other = second.getBean(ReminderRun.class);
            LocalDate day = LocalDate.of(2026, 11, 28);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<ReminderCounts>> runs = List.of(() -> reminders.run(day), () -> other.run(day),
                        () -> reminders.run(day), () -> other.run(day));
                int created = 0;
                for (Future<ReminderCounts> f : pool.invokeAll(runs)) {
                    created += f.get().total();
                }
                int stored = jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class);
                int distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT notify_key) FROM notification", Integer.class);
                assertThat(created).isEqualTo(stored).isEqualTo(distinct).isEqualTo(104);
                assertThat(reminders.run(day).total()).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

package cn.gridbot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.reminder.ReminderCounts;
import cn.gridbot.reminder.ReminderRun;
import cn.gridbot.resident.CareVisits;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.resident.Residents;

/** The reminder rules of README "Conversation", each asserted as the exact set of reminders created. */
@IntegrationTest
class ReminderRunIT {

    private static final String HEADER = "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n";

    @Autowired
    TestCounty county;
    @Autowired
    ResidentImporter importer;
    @Autowired
    ReminderRun reminders;
    @Autowired
    Residents residents;
    @Autowired
    CareVisits visits;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        county.load();
    }

    private void residents(String... rows) {
        var report = importer.importCsv((HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(report.rejected()).isEmpty();
    }

    /** "KIND name" for every reminder stored, sorted. */
    private List<String> reminders() {
        return jdbc.queryForList("SELECT CONCAT(kind, ' ', resident_name) FROM notification ORDER BY kind, resident_name",
                String.class);
    }

    private static String row(String name, String birth, String tags, String interval, String lastVisit) {
        return name + ",F," + birth + ",,幸福路" + name.length() + "号," + TestCounty.GRID_ONE + "," + tags + "," + interval + ","
                + lastVisit + ",";
    }

    @Test
    void birthdaysAcrossTheMonthAndYearEnd() {
        residents(row("元旦婆婆", "1940-01-01", "ELDERLY", "", ""), row("初二爷爷", "1941-01-02", "EMPTY_NEST", "", ""),
                row("今天寿星", "1942-12-30", "ELDERLY|EMPTY_NEST", "", ""), row("初三奶奶", "1943-01-03", "ELDERLY", "", ""),
                row("无标签", "1944-12-31", "", "", ""), row("残疾人", "1945-12-31", "DISABLED", "", ""),
                row("昨天寿星", "1946-12-29", "ELDERLY", "", ""));
        ReminderCounts counts = reminders.run(LocalDate.of(2026, 12, 30));
        assertThat(reminders()).containsExactly("BIRTHDAY_TODAY 今天寿星", "BIRTHDAY_UPCOMING 元旦婆婆",
                "BIRTHDAY_UPCOMING 初二爷爷");
        assertThat(counts.total()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT payload FROM notification WHERE resident_name = '元旦婆婆'", String.class))
                .contains("元旦婆婆 87岁 老人").contains("1月1日生日").contains("幸福路4号").doesNotContain("138");
        // The next day, the same birthdays are not announced again; 12-31 brings 初三奶奶 (D+3).
        reminders.run(LocalDate.of(2026, 12, 31));
        assertThat(reminders()).containsExactly("BIRTHDAY_TODAY 今天寿星", "BIRTHDAY_UPCOMING 元旦婆婆",
                "BIRTHDAY_UPCOMING 初三奶奶", "BIRTHDAY_UPCOMING 初二爷爷");
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayFallsOnTheTwentyEighthInOtherYears() {
        residents(row("闰年生", "1940-02-29", "ELDERLY", "", ""));
        reminders.run(LocalDate.of(2027, 2, 25));
        assertThat(reminders()).containsExactly("BIRTHDAY_UPCOMING 闰年生");
        reminders.run(LocalDate.of(2027, 2, 28));
        assertThat(reminders()).containsExactly("BIRTHDAY_TODAY 闰年生", "BIRTHDAY_UPCOMING 闰年生");
        reminders.run(LocalDate.of(2027, 3, 1));
        assertThat(reminders()).hasSize(2);
        reminders.run(LocalDate.of(2028, 2, 29));
        assertThat(reminders()).containsExactly("BIRTHDAY_TODAY 闰年生", "BIRTHDAY_TODAY 闰年生", "BIRTHDAY_UPCOMING 闰年生");
    }

    @Test
    void visitsDueTodayTomorrowAndOverdue() {
        residents(row("今天到期", "1950-01-10", "", "14", "2026-11-13"), row("明天到期", "1950-01-11", "", "14", "2026-11-14"),
                row("已逾期", "1950-01-12", "", "14", "2026-11-01"), row("从未走访", "1950-01-13", "", "30", ""),
                row("无周期", "1950-01-14", "", "", "2026-10-01"), row("后天到期", "1950-01-15", "", "14", "2026-11-15"));
        ReminderCounts counts = reminders.run(LocalDate.of(2026, 11, 27));
        assertThat(reminders()).containsExactly("VISIT_DUE 今天到期", "VISIT_DUE 从未走访", "VISIT_DUE 明天到期",
                "VISIT_OVERDUE 已逾期");
        assertThat(counts.created().values()).containsExactlyInAnyOrder(0, 0, 3, 1, 0, 0);
        assertThat(reminders.run(LocalDate.of(2026, 11, 27)).total()).isZero();
    }

    @Test
    void aLoggedVisitStartsANewCycle() {
        residents(row("已逾期", "1950-01-12", "", "14", "2026-11-01"));
        reminders.run(LocalDate.of(2026, 11, 20));
        var resident = residents.findInGrid(TestCounty.GRID_ONE, "已逾期").get(0);
        visits.log(resident, LocalDate.of(2026, 11, 21), "W101", "送了米和油");
        assertThat(residents.findById(resident.id()).orElseThrow().nextVisitDue()).isEqualTo(LocalDate.of(2026, 12, 5));
        reminders.run(LocalDate.of(2026, 11, 22));
        assertThat(reminders()).containsExactly("VISIT_OVERDUE 已逾期");
        reminders.run(LocalDate.of(2026, 12, 4));
        reminders.run(LocalDate.of(2026, 12, 7));
        assertThat(reminders()).containsExactly("VISIT_DUE 已逾期", "VISIT_OVERDUE 已逾期", "VISIT_OVERDUE 已逾期");
    }

    @Test
    void aDayWithoutARunIsCaughtUpForVisits() {
        reminders.run(LocalDate.of(2026, 11, 25));
        residents(row("漏掉的", "1950-01-12", "", "10", "2026-11-16"));
        reminders.run(LocalDate.of(2026, 11, 28));
        assertThat(reminders()).containsExactly("VISIT_OVERDUE 漏掉的");
    }

    @Test
    void fourConcurrentRunsOnTwoInstancesCreateEachReminderOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(row("老人" + i, "1940-12-" + String.format("%02d", 1 + i % 4), "ELDERLY", "7", "2026-11-" + String.format("%02d", 10 + i % 15)));
        }
        residents(rows.toArray(String[]::new));
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
                assertThat(created).isEqualTo(stored).isEqualTo(distinct).isGreaterThan(100);
                assertThat(reminders.run(day).total()).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

package cn.gridbot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.reminder.DailyDigest;
import cn.gridbot.reminder.ReminderCounts;
import cn.gridbot.reminder.ReminderRun;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Daily runs that did not happen (every instance down at 07:30, the lock store away) run late for their
 * dates — birthdays included — exactly once; today's run waits for its time; the digest missed at 08:00
 * goes out late, once.
 */
@IntegrationTest
class MissedRunsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("1940-MM-dd");

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    ResidentImporter importer;
    @Autowired
    ReminderRun reminders;
    @Autowired
    DailyDigest digest;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WeChatProperties wechat;

    @BeforeEach
    void setUp() {
        county.load();
    }

    @Test
    void aMissedDayRunsLateWithItsBirthdaysAndEveryDateRunsOnce() {
        ZonedDateTime nine = moveTo(LocalTime.of(9, 0));
        LocalDate today = nine.toLocalDate();
        LocalDate yesterday = today.minusDays(1);
        residents("昨天寿星," + yesterday.format(BORN), "今天寿星," + today.format(BORN));
        reminders.run(today.minusDays(2));

        List<ReminderCounts> late = reminders.catchUp();

        assertThat(late).extracting(ReminderCounts::date).containsExactly(yesterday, today);
        assertThat(jdbc.queryForList("SELECT resident_name FROM notification WHERE kind = 'BIRTHDAY_TODAY' ORDER BY resident_name",
                String.class)).containsExactlyInAnyOrder("昨天寿星", "今天寿星");
        int stored = count();
        assertThat(reminders.catchUp()).as("nothing is owed any more").isEmpty();
        assertThat(count()).isEqualTo(stored);
    }

    @Test
    void todaysRunWaitsForItsTimeOfDay() {
        ZonedDateTime seven = moveTo(LocalTime.of(7, 0));
        reminders.run(seven.toLocalDate().minusDays(1));
        assertThat(reminders.catchUp()).isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(reminders.catchUp()).extracting(ReminderCounts::date).containsExactly(seven.toLocalDate());
    }

    @Test
    void theDigestMissedAtEightGoesOutLateOnce() {
        WeChatClient wx = clients.wechat();
        wx.postEncrypted(WeChatClient.textXml("o-digest", "幸福路下水道堵了", WeChatClient.nextMsgId(), WeChatClient.now()));
        moveTo(LocalTime.of(7, 50));
        assertThat(digest.catchUp()).as("before eight nothing is owed").isZero();
        clock.advance(Duration.ofMinutes(70));
        assertThat(digest.catchUp()).as("W101 has a task; nobody else has anything on the sheet").isEqualTo(1);
        assertThat(digest.catchUp()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'DAILY_DIGEST' AND worker_code = ?",
                Integer.class, TestCounty.WORKER_ONE)).isEqualTo(1);
    }

    /** Moves the clock forward to the next time this time of day comes in Shanghai. */
    private ZonedDateTime moveTo(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), SHANGHAI);
        ZonedDateTime target = now.toLocalDate().atTime(time).atZone(SHANGHAI);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        clock.advance(Duration.between(now, target));
        return target;
    }

    private void residents(String... nameAndBirth) {
        StringBuilder csv = new StringBuilder("name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n");
        for (String row : nameAndBirth) {
            String[] parts = row.split(",");
            csv.append(parts[0]).append(",F,").append(parts[1]).append(",,幸福路1号,").append(TestCounty.GRID_ONE)
                    .append(",ELDERLY,,,\n");
        }
        assertThat(importer.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8)).rejected()).isEmpty();
    }

    private int count() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class);
        return n == null ? 0 : n;
    }
}

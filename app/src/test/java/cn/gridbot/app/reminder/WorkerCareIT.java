package cn.gridbot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

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
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.wechat.WeChatProperties;

/** A worker's care commands through the portal: 走访 (with same-name residents and other grids) and 生日; the digest. */
@IntegrationTest
class WorkerCareIT {

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    ResidentImporter importer;
    @Autowired
    DailyDigest digest;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    LocalDate today;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        LocalDate birthday = today.plusDays(2);
        String csv = "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                + "付良容,F,1938-" + String.format("%02d-%02d", birthday.getMonthValue(), birthday.getDayOfMonth())
                + ",13900001111,幸福路12号,TC-A-1-01,ELDERLY|EMPTY_NEST,14," + today.minusDays(20) + ",\n"
                + "王秀兰,F,1940-03-01,,幸福路1号,TC-A-1-01,ELDERLY,30,,\n"
                + "王秀兰,F,1941-04-02,,幸福路2号,TC-A-1-01,ELDERLY,30,,\n"
                + "隔壁张伯,M,1939-05-05,,建设路5号,TC-A-1-02,ELDERLY,30,,\n";
        assertThat(importer.importCsv(csv.getBytes(StandardCharsets.UTF_8)).rejected()).isEmpty();
    }

    @Test
    void aWorkerLogsAVisitWhichMovesTheNextDueDate() {
        String reply = wx.text(TestCounty.WORKER_ONE_OPENID, "走访 付良容 身体还好,送了牛奶").content();
        assertThat(reply).contains("已登记走访").contains("付良容 87岁").doesNotContain("13900001111");
        LocalDate next = jdbc.queryForObject("SELECT next_visit_due FROM resident WHERE name = '付良容'", LocalDate.class);
        assertThat(next).isEqualTo(today.plusDays(14));
        assertThat(jdbc.queryForObject("SELECT note FROM resident_visit", String.class)).isEqualTo("身体还好,送了牛奶");
    }

    @Test
    void anAmbiguousNameAsksWhichOneAndANumberSettlesIt() {
        String ask = wx.text(TestCounty.WORKER_ONE_OPENID, "走访 王秀兰 一切正常").content();
        assertThat(ask).contains("有 2 位「王秀兰」").contains("编号");
        Long id = jdbc.queryForObject("SELECT MIN(id) FROM resident WHERE name = '王秀兰'", Long.class);
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "走访 " + id + " 一切正常").content()).contains("已登记走访");
    }

    @Test
    void aResidentOfAnotherGridIsRefused() {
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "走访 隔壁张伯 看望").content()).contains("不是您网格的居民");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resident_visit", Integer.class)).isZero();
    }

    @Test
    void birthdaysListsTheNextSevenDaysAndTheDigestCarriesTheDay() {
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "生日").content()).contains("付良容").contains("空巢老人");
        assertThat(digest.send(today)).as("both grids' workers have visits due").isEqualTo(2);
        assertThat(digest.send(today)).isZero();
        String text = jdbc.queryForObject("SELECT payload FROM notification WHERE kind = 'DAILY_DIGEST' AND worker_code = ?",
                String.class, TestCounty.WORKER_ONE);
        assertThat(text).contains("待走访").contains("王秀兰");
    }
}

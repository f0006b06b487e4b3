package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.Source;

/**
 * A worker's own reports through the portal (README "The grid worker's own day"): "报事" files a WORKER event signed
 * for by the worker, a photo and a location within two minutes complete it (the location moves it to that grid),
 * "报事 … 已处理 …" is closed at once, and both count in the statistics and show their source in the API and CSV.
 */
@IntegrationTest
class SelfReportIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    TestClock clock;
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

    @Test
    void aSelfReportIsSignedForByTheWorkerAndAPhotoAndLocationCompleteIt() {
        String reply = wx.text(WORKER, "报事 井盖破损了,有人差点踩空").content();
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(reply).contains("已由您签收").contains("市政设施");

        GridEvent event = events.findByNumber(number).orElseThrow();
        assertThat(event.report().source()).isEqualTo(Source.WORKER);
        assertThat(event.status()).isEqualTo(EventStatus.ACCEPTED);
        assertThat(event.assigneeCode()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
        assertThat(event.reporterOpenid()).isNull();
        assertThat(event.timeline()).extracting(t -> t.actor().toString()).containsOnly("WORKER:" + TestCounty.WORKER_ONE);

        assertThat(wx.image(WORKER).content()).contains("照片已附到事件 " + number);
        assertThat(wx.location(WORKER, 104.015, 30.005, "建设路18号").content()).contains("位置已附到事件 " + number)
                .contains("建设路网格");

        assertThat(wx.location(WORKER, 104.005, 30.005, "幸福路5号").content()).as("the first location places it, once")
                .contains("不会生成事件");

        GridEvent placed = events.findByNumber(number).orElseThrow();
        assertThat(placed.gridCode()).isEqualTo(TestCounty.GRID_TWO);
        assertThat(placed.assigneeCode()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(placed.status()).isEqualTo(EventStatus.ACCEPTED);
        assertThat(placed.address()).isEqualTo("建设路18号");
        assertThat(events.attachments(placed)).extracting(a -> a.kind().name()).containsExactly("REPORT_PHOTO");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'TASK_ASSIGNED'", Integer.class))
                .as("nobody is pushed a task the worker reported themselves").isZero();

        assertThat(wx.text(WORKER, "办结 " + number + " 已更换井盖").content()).contains("已办结");
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.RESOLVED);
    }

    @Test
    void aReportSolvedOnTheSpotIsClosedAtOnceAndCountsInTheStatistics() {
        String reply = wx.text(WORKER, "报事 幸福路边垃圾堆了一大堆 已处理 已联系环卫清运干净").content();
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(reply).contains("即报即办").contains(number);

        GridEvent event = events.findByNumber(number).orElseThrow();
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        assertThat(event.report().source()).isEqualTo(Source.WORKER);
        assertThat(event.description()).isEqualTo("幸福路边垃圾堆了一大堆");
        assertThat(event.resolution()).isEqualTo("已联系环卫清运干净");
        assertThat(event.timeline()).extracting(t -> t.to().name())
                .containsExactly("REPORTED", "ASSIGNED", "ACCEPTED", "RESOLVED", "CLOSED");

        String resident = WeChatClient.eventNumberIn(wx.text("o-self-resident", "建设路路灯坏了好几天了").content());
        String token = clients.adminToken();
        var stats = api.get("/api/v1/stats/overview?gridCode=" + TestCounty.COMMUNITY, token).body();
        assertThat(stats.get("received").asLong()).isEqualTo(2);
        assertThat(stats.get("resolved").asLong()).isEqualTo(1);
        assertThat(stats.get("onTimeRate").asDouble()).isEqualTo(1.0);

        assertThat(api.get("/api/v1/events/" + number, token).body().get("source").asString()).isEqualTo("WORKER");
        assertThat(api.get("/api/v1/events/" + resident, token).body().get("source").asString()).isEqualTo("RESIDENT");
        List<CSVRecord> rows = csv(api.get("/api/v1/events.csv", token).raw());
        assertThat(rows).extracting(r -> r.get("number") + " " + r.get("source"))
                .containsExactlyInAnyOrder(number + " WORKER", resident + " RESIDENT");
    }

    @Test
    void aPhotoMoreThanTwoMinutesLaterDoesNotJoinTheReport() {
        String number = WeChatClient.eventNumberIn(wx.text(WORKER, "报事 幸福路有电动车在楼道里充电").content());
        clock.advance(Duration.ofMinutes(3));
        assertThat(wx.image(WORKER).content()).contains("照片没有关联到事件");
        assertThat(events.attachments(events.findByNumber(number).orElseThrow())).isEmpty();
        assertThat(wx.location(WORKER, 104.015, 30.005, "建设路18号").content()).contains("不会生成事件");
        assertThat(events.findByNumber(number).orElseThrow().gridCode()).isEqualTo(TestCounty.GRID_ONE);
    }

    @Test
    void reportWithoutWordsExplainsTheCommand() {
        assertThat(wx.text(WORKER, "报事").content()).contains("请写明发现的问题");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class)).isZero();
    }

    private static List<CSVRecord> csv(String raw) {
        try {
            return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(raw.substring(1))).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

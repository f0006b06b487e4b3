package cn.gridbot.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

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
import cn.gridbot.register.RegisterImporter;
import cn.gridbot.register.RegisterKind;
import tools.jackson.databind.JsonNode;

/**
 * A worker's "复核" and "检查" through the portal (README "Registers"): a single match is logged at once and moves
 * the next due date; several matches get a numbered list and the next reply picks one (anything else drops the
 * list); a hazard opens a SAFETY event in the record's grid assigned to the worker and linked from the check;
 * records of other grids are not the worker's.
 */
@IntegrationTest
class RecheckCommandsIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;
    private static final String GRID = TestCounty.GRID_ONE;

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    RegisterImporter importer;
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
        load(RegisterKind.HOUSE, "幸福路12号," + GRID + ",砖混,自住,付良容,13900001111,2,否,,",
                "建设路1号," + TestCounty.GRID_TWO + ",砖混,自住,隔壁老王,,2,否,,");
        load(RegisterKind.PLACE, "海慧路再生资源回收站,SAFETY,幸福路88号," + GRID + ",李老板,13900002222,30,",
                "幸福网吧,ORDER,幸福路9号," + GRID + ",,,30,");
        load(RegisterKind.ASSISTED, "王秀兰,510102195001011234,,低保,幸福路1号," + GRID + ",,",
                "王秀兰,510102195101011234,,残疾,幸福路2号," + GRID + ",,");
    }

    private void load(RegisterKind kind, String... rows) {
        assertThat(importer.importCsv(kind, RegisterCsv.bytes(kind, rows)).rejected()).isEmpty();
    }

    private String say(String text) {
        return wx.text(WORKER, text).content();
    }

    @Test
    void aSingleMatchIsLoggedAndMovesTheNextCheck() {
        String reply = say("复核 幸福路12号 正常 户主在家,人口无变化");
        assertThat(reply).contains("已登记复核").contains("【房屋】幸福路12号").contains("正常").doesNotContain("13900001111");
        assertThat(jdbc.queryForObject("SELECT CONCAT(result, ' ', worker_code, ' ', note) FROM register_check", String.class))
                .isEqualTo("OK W101 户主在家,人口无变化");
        assertThat(jdbc.queryForObject("SELECT next_check_due FROM register_record WHERE address = '幸福路12号'", LocalDate.class))
                .isEqualTo(today.plusDays(365));
        assertThat(say("检查 海慧路 再生资源回收站 正常 消防通道畅通")).contains("已登记检查").contains("海慧路再生资源回收站");
        assertThat(jdbc.queryForObject("SELECT next_check_due FROM register_record WHERE name = '海慧路再生资源回收站'", LocalDate.class))
                .isEqualTo(today.plusDays(30));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class)).isZero();
    }

    @Test
    void severalMatchesGetANumberedListAndTheNextReplyPicksOne() {
        String ask = say("复核 王秀兰 变化 已搬去女儿家");
        assertThat(ask).contains("本网格有 2 条「王秀兰」").contains("1. 【帮扶对象】王秀兰 · 幸福路1号")
                .contains("2. 【帮扶对象】王秀兰 · 幸福路2号").doesNotContain("510102");
        assertThat(say("3")).contains("请回复 1 到 2");
        assertThat(say("2")).contains("已登记复核").contains("幸福路2号").contains("变化");
        assertThat(jdbc.queryForObject("SELECT r.address FROM register_check c JOIN register_record r ON r.id = c.record_id",
                String.class)).isEqualTo("幸福路2号");
        assertThat(jdbc.queryForObject("SELECT note FROM register_check", String.class)).isEqualTo("已搬去女儿家");
        // The list is answered: a later digit is the resident side's again, not a second check.
        assertThat(say("1")).doesNotContain("已登记");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_check", Integer.class)).isEqualTo(1);
        // Other words after a list drop it.
        say("复核 王秀兰 正常");
        assertThat(say("任务")).contains("没有待办");
        assertThat(say("1")).doesNotContain("已登记");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_check", Integer.class)).isEqualTo(1);
    }

    @Test
    void aHazardOpensASafetyEventAssignedToTheWorkerAndLinkedFromTheCheck() {
        String reply = say("检查 网吧 隐患 安全出口被杂物堵死");
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(number).isNotNull();
        assertThat(reply).contains("已登记检查").contains("已生成安全隐患事件 " + number);
        assertThat(jdbc.queryForObject("SELECT event_number FROM register_check", String.class)).isEqualTo(number);
        AdminClient.Answer event = clients.api().get("/api/v1/events/" + number, clients.adminToken());
        JsonNode body = event.body();
        assertThat(body.get("category").asString()).isEqualTo("SAFETY");
        assertThat(body.get("gridCode").asString()).isEqualTo(GRID);
        assertThat(body.get("assigneeCode").asString()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(body.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(body.get("source").asString()).isEqualTo("WORKER");
        assertThat(body.get("description").asString()).contains("幸福网吧").contains("安全出口被杂物堵死");
        assertThat(say("签收 " + number)).contains("已签收事件 " + number);
        JsonNode record = clients.api().get("/api/v1/registers/PLACE/" + jdbc.queryForObject(
                "SELECT id FROM register_record WHERE name = '幸福网吧'", Long.class), clients.adminToken()).body();
        assertThat(record.get("checks").get(0).get("eventNumber").asString()).isEqualTo(number);
        assertThat(record.get("checks").get(0).get("result").asString()).isEqualTo("HAZARD");
    }

    @Test
    void recordsOfOtherGridsAndUnknownNamesAreNotLogged() {
        assertThat(say("复核 建设路1号 正常")).contains("本网格没有找到「建设路1号」");
        assertThat(say("检查 幸福路12号 正常")).contains("没有找到").contains("重点场所");
        assertThat(say("复核 幸福路12号")).contains("不是网格员指令");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_check", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class)).isZero();
    }
}

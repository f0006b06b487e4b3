package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.DeadlineWatch;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The statistics counters (and the event list's per-unit totals and id blocks) are kept two ways: step by step as each event changes (the event store publishes
 * the change, the counters add the difference) and all at once by {@code POST /api/v1/stats/rebuild} from
 * the events. Both must give the same figures for every bucket, whatever the events went through — on-time
 * and late resolutions and sign-fors, ratings, a poor rating that reopens, a withdrawal, an emergency, a
 * move to another grid, an overdue mark.
 */
@IntegrationTest
class CountersIT {

    private static final String COUNTERS = "SELECT stat_day, level, unit_code, unit_path, category, received, cancelled, resolved, "
            + "resolved_on_time, signed, signed_on_time, overdue, rated, rating_sum, urgent FROM event_stats "
            + "WHERE received + cancelled + resolved + resolved_on_time + signed + signed_on_time + overdue + rated + urgent > 0 "
            + "ORDER BY level, unit_code, stat_day, category";
    private static final String UNIT_COUNTS = "SELECT unit_code, unit_path, events FROM event_unit_count WHERE events > 0 ORDER BY unit_code";
    private static final String ID_BLOCKS = "SELECT block, events FROM event_id_block WHERE events > 0 ORDER BY block";

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminProperties admin;
    @Autowired
    DeadlineWatch watch;

    WeChatClient wx;
    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
    }

    @Test
    void theCountersKeptStepByStepAreWhatARebuildFromTheEventsGives() {
        String onTime = report("o-1", "幸福路下水道堵了");
        work(TestCounty.WORKER_ONE_OPENID, onTime);
        wx.text("o-1", "评价 " + onTime + " 5");

        String poor = report("o-2", "幸福路路灯坏了");
        work(TestCounty.WORKER_ONE_OPENID, poor);
        wx.text("o-2", "评价 " + poor + " 1");

        report("o-3", "快来人 幸福路有个老人倒在地上喊不醒");
        String withdrawn = report("o-4", "建设路井盖坏了");
        wx.text("o-4", "撤销 " + withdrawn);

        String moved = report("o-5", "建设路垃圾没人收");
        assertThat(api.post("/api/v1/events/" + moved + "/assign", "{\"workerCode\":\"W101\",\"note\":\"改派\"}",
                admin.bootstrapToken()).status()).isEqualTo(200);

        String signedLate = report("o-6", "幸福路有人占道摆摊");
        String resolvedLate = report("o-7", "阳光小区楼道堆满杂物");
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + resolvedLate);
        clock.advance(Duration.ofDays(6));
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + signedLate);
        wx.text(TestCounty.WORKER_ONE_OPENID, "办结 " + resolvedLate + " 已清理");
        String overdue = report("o-8", "幸福路树枝挡住路灯");
        clock.advance(Duration.ofDays(6));
        watch.run();
        assertThat(jdbc.queryForObject("SELECT overdue FROM grid_event WHERE number = ?", Boolean.class, overdue)).isTrue();

        List<String> kept = rows(COUNTERS);
        List<String> keptUnits = rows(UNIT_COUNTS);
        List<String> keptBlocks = rows(ID_BLOCKS);
        assertThat(kept).isNotEmpty();
        assertThat(api.post("/api/v1/stats/rebuild", "", admin.bootstrapToken()).status()).isEqualTo(202);
        assertThat(rows(COUNTERS)).as("counters rebuilt from the events").containsExactlyElementsOf(kept);
        assertThat(rows(UNIT_COUNTS)).as("per-unit totals rebuilt from the events").containsExactlyElementsOf(keptUnits);
        assertThat(rows(ID_BLOCKS)).as("the event list's id blocks rebuilt from the events").containsExactlyElementsOf(keptBlocks);
    }

    private String report(String openid, String text) {
        return WeChatClient.eventNumberIn(wx.text(openid, text).content());
    }

    private void work(String worker, String number) {
        wx.text(worker, "签收 " + number);
        wx.text(worker, "办结 " + number + " 已处理");
    }

    private List<String> rows(String sql) {
        return jdbc.queryForList(sql).stream().map(Object::toString).toList();
    }
}

package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.wechat.WeChatProperties;

/** A resident's complaint through the portal becomes one numbered, routed, assigned event. */
@IntegrationTest
class ResidentReportIT {

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;

    WeChatClient client;

    @BeforeEach
    void setUp() {
        county.load();
        client = clients.wechat();
    }

    @Test
    void aComplaintBecomesAnAssignedEventWithANumberInTheReply() {
        var response = client.text("o-resident-1", "幸福路下水道堵了,臭得很");

        assertThat(response.status()).isEqualTo(200);
        String number = WeChatClient.eventNumberIn(response.content());
        assertThat(response.content()).contains("幸福路网格").contains("查询 " + number);
        GridEvent event = events.findByNumber(number).orElseThrow();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
        assertThat(event.status()).isEqualTo(EventStatus.ASSIGNED);
        assertThat(event.assigneeCode()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(event.reporterOpenid()).isEqualTo("o-resident-1");
        assertThat(event.timeline()).extracting(t -> t.to()).containsExactly(EventStatus.REPORTED, EventStatus.ASSIGNED);
        assertThat(state.count("notification")).isEqualTo(1);
    }

    @Test
    void numbersAreTodaysDateAndASequence() {
        String first = WeChatClient.eventNumberIn(client.text("o-resident-2", "建设路路灯坏了好几天了").content());
        String second = WeChatClient.eventNumberIn(client.text("o-resident-3", "幸福路有人乱倒垃圾").content());
        assertThat(first).matches("\\d{8}-\\d{4}");
        assertThat(second.substring(0, 8)).isEqualTo(first.substring(0, 8));
        assertThat(Integer.parseInt(second.substring(9))).isEqualTo(Integer.parseInt(first.substring(9)) + 1);
    }

    @Test
    void aSafeModeRoundTripWorksWithChineseText() {
        String xml = WeChatClient.textXml("o-resident-4", "建设路紫薇苑门口井盖不见了,娃儿差点掉下去", WeChatClient.nextMsgId(),
                WeChatClient.now());
        var response = client.postEncrypted(xml);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<ToUserName><![CDATA[o-resident-4]]></ToUserName>");
        String number = WeChatClient.eventNumberIn(response.content());
        assertThat(events.findByNumber(number).orElseThrow().gridCode()).isEqualTo(TestCounty.GRID_TWO);
    }

}

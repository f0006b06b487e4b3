package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/**
 * A bound worker's text that is none of their commands — a register note, a remark, even words that would make a
 * resident's emergency — gets the worker help through the portal and creates no event and no push.
 */
@IntegrationTest
class WorkerIsNotAResidentIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;

    @LocalServerPort
    int port;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;

    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        wx = new WeChatClient(port, wechat.appId(), wechat.token(), wechat.aesKey());
    }

    @Test
    void aWorkersUnknownTextGetsTheWorkerHelpAndCreatesNothing() {
        var note = wx.text(WORKER, "幸福路12号住户已搬走 一切正常");
        assertThat(note.content()).contains("不是网格员指令").contains("签收 编号").doesNotContain("已受理");
        var alarming = wx.text(WORKER, "阳光小区3栋有个老人躺在楼道里 叫他不应");
        assertThat(alarming.content()).contains("不是网格员指令").doesNotContain("⚠️");
        assertThat(wx.text(WORKER, "帮助").content()).startsWith("网格员指令");
        assertThat(state.count("grid_event")).isZero();
        assertThat(state.count("notification")).isZero();
    }
}

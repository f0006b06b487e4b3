package cn.gridbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.NotRuledOut;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.classify.Classifier;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The emergency decision through the portal, with the trained classifier: an emergency told calmly is urgent at
 * once and the resident is told to call 120; a danger that is over and an idiom that only sounds alarming are not; a
 * message not decided an emergency but not unlikely to be one is told what to do if it is happening now, and its
 * worker and township centre are asked to check it by telephone.
 */
@IntegrationTest
class EmergencyJudgementIT {

    @LocalServerPort
    int port;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Classifier classifier;
    @Autowired
    Clients clients;

    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        wx = new WeChatClient(port, wechat.appId(), wechat.token(), wechat.aesKey());
    }

    @Test
    void aCalmPresentEmergencyIsUrgentAtOnceAndTheReplySaysToCall120() {
        var reply = wx.text("o-calm", "阳光小区3栋有个老人躺在楼道里 叫他不应 嘴唇有点乌");
        assertThat(reply.content()).startsWith("⚠️").contains("拨打 120").contains("已按紧急事件上报");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isTrue();
        assertThat(event.category().name()).isEqualTo("EMERGENCY");
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
        List<String> toCentre = jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%");
        assertThat(toCentre).singleElement().satisfies(payload -> assertThat(payload).contains("【紧急事件】"));
    }

    /**
     * 怕是 after someone collapsed is a guess at the cause ("most likely gas"), not a fear of what may come: without the
     * seventy-fourth round's reading ({@code FalseFuture}) this message scored 0.064 and was filed as a hazard.
     */
    @Test
    void aGuessAtTheCauseOfACollapseIsUrgentAtOnce() {
        var reply = wx.text("o-guess", "阳光小区3栋屋头几个人烤火都晕过去了，怕是煤气中毒");
        assertThat(reply.content()).startsWith("⚠️").contains("已按紧急事件上报");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isTrue();
        assertThat(event.category().name()).isEqualTo("EMERGENCY");
    }

    @Test
    void aDangerThatIsOverIsFiledAsWhatIsLeftToFixNotAsAnEmergency() {
        var reply = wx.text("o-past", "上个月有人在幸福路口这个坑里摔断了腿 坑到现在都没补");
        assertThat(reply.content()).doesNotContain("拨打").doesNotContain("⚠️").contains("市政设施");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(state.count("notification")).isEqualTo(1);
    }

    @Test
    void aHazardWithNobodyInItsWayIsFiledAsAHazardAndTheReplySaysWhatToDoIfThatChanges() {
        var reply = wx.text("o-nobody", "幸福路口那栋空房子的墙裂了好宽的缝 里面没人住 怕哪天垮下来");
        assertThat(reply.content()).doesNotContain("⚠️").contains("安全隐患").contains("请立即拨打 119 / 120");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(jdbc.queryForList("SELECT notify_key FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).isEmpty();
    }

    /**
     * A theft going on with nobody at risk is public order by the README's labelling rules (cn.gridbot.classify's
     * NobodyAtRiskNow): no alarm to the township centre, but the resident is told what to do if violence starts and the
     * centre is asked to check it by telephone.
     */
    @Test
    void aTheftWithNobodyAtRiskIsPublicOrderAndTheCentreIsAskedToCheckIt() {
        var reply = wx.text("o-theft", "幸福路有人正在撬我对门那家的门，我在猫眼头看到的，对门屋头没人");
        assertThat(reply.content()).doesNotContain("⚠️").contains("社会治安").contains("请立即拨打 110");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(event.category().name()).isEqualTo("PUBLIC_ORDER");
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】").doesNotContain("紧急事件"));
    }

    /**
     * A gas smell gone once the valve was shut is the hazard left to act on (NobodyAtRiskNow, since issue 19's
     * seventy-second round): no alarm and no page, but the reply says to call 119 if the danger is happening, the
     * resident is asked which kind of problem it is, and the centre is asked to check it. It had paged the centre.
     */
    @Test
    void aGasLeakAlreadyShutOffIsNoAlarmButTheReplySaysWhatToDoAndTheCentreIsAskedToCheckIt() {
        var question = wx.text("o-gas-shut", "幸福路3号楼刚才厨房闻到点煤气味，关了阀门开窗就没了，管子是不是老化了，能不能来看看");
        assertThat(question.content()).startsWith("如果危险正在发生,请立即拨打 119").contains("回复数字")
                .doesNotContain("⚠️");
        var reply = wx.text("o-gas-shut", "1");
        assertThat(reply.content()).contains("安全隐患").contains("请立即拨打 119");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(event.category().name()).isEqualTo("SAFETY");
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】").doesNotContain("紧急事件"));
    }

    /**
     * A sign knocked down and lying still, nobody under it ({@code HazardAtRest}, the seventy-third round): no alarm and no
     * page, but the reply says to call if a danger is happening, and the centre is asked to check it. It had paged the
     * centre (county-style set 92's "路口的指路牌被车撞倒了，躺在地上好几天", 0.99, with the seventy-second round's model).
     */
    @Test
    void aSignKnockedDownAndLyingStillIsNoAlarmButTheCentreIsAskedToCheckIt() {
        var first = wx.text("o-sign-down", "幸福路口的指路牌被车撞倒了，躺在地上好几天");
        assertThat(first.content()).contains("如果危险正在发生,请立即拨打").doesNotContain("⚠️");
        Matcher municipal = Pattern.compile("(\\d) 市政设施").matcher(first.content());
        var reply = first.content().contains("回复数字") && municipal.find() ? wx.text("o-sign-down", municipal.group(1)) : first;
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(event.category().name()).isEqualTo("MUNICIPAL");
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】").doesNotContain("紧急事件"));
    }

    @Test
    void anIdiomThatSoundsAlarmingRaisesNoAlarm() {
        var reply = wx.text("o-idiom", "幸福路楼上天天半夜跳 吵死个人 烦都烦死了 我都要疯了");
        assertThat(reply.content()).doesNotContain("拨打").doesNotContain("⚠️").contains("矛盾纠纷");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
    }

    @Test
    void aComplaintWhoseCategoriesAreCloseAndWhoseDangerIsNotRuledOutIsToldWhatToDoBeforeTheQuestion() {
        String text = NotRuledOut.askedAbout(classifier);
        var question = wx.text("o-asked-danger", text);
        assertThat(question.content()).startsWith("如果危险正在发生,请立即拨打 ").contains("回复数字").doesNotContain("⚠️");
        assertThat(state.count("grid_event")).as("filed once the resident answers").isZero();
        var filed = wx.text("o-asked-danger", "1");
        assertThat(filed.content()).contains("如果危险正在发生,请立即拨打 ");
    }

    @Test
    void aDangerNotRuledOutIsFiledCalmlyAndTheQuestionOfWhereAndTheReplyAfterItSayWhatToDo() {
        String text = NotRuledOut.complaint(classifier);
        assertThat(wx.text("o-not-ruled-out", text).content()).startsWith("如果危险正在发生,请立即拨打 ").contains("什么地方")
                .doesNotContain("⚠️");
        var reply = wx.text("o-not-ruled-out", "阳光小区3栋");
        assertThat(reply.content()).doesNotContain("⚠️").contains("如果危险正在发生,请立即拨打 ");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);

        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "TASK_ASSIGNED:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【新任务·危险未排除】").contains("不能排除危险正在发生"));
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】").contains("请电话核实")
                        .doesNotContain("紧急事件"));
        AdminClient.Answer shown = clients.api().get("/api/v1/events/" + event.number(), clients.adminToken());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("urgent").asBoolean()).isFalse();
        assertThat(shown.body().get("dangerNotRuledOut").asBoolean()).isTrue();

        String calm = WeChatClient.eventNumberIn(wx.text("o-calm-drain", "幸福路下水道堵了").content());
        AdminClient.Answer toCheck = clients.api().get("/api/v1/events?dangerNotRuledOut=true", clients.adminToken());
        assertThat(toCheck.body().get("total").asInt()).isEqualTo(1);
        assertThat(toCheck.body().get("items").get(0).get("number").asString()).isEqualTo(event.number());
        AdminClient.Answer rest = clients.api().get("/api/v1/events?dangerNotRuledOut=false", clients.adminToken());
        assertThat(rest.body().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("number").asString()).isEqualTo(calm));
        assertThat(clients.api().get("/api/v1/events.csv?dangerNotRuledOut=true", clients.adminToken()).raw())
                .contains(event.number()).doesNotContain(calm);
    }

    @Test
    void aMessageThatIsNoComplaintButWhoseDangerIsNotRuledOutIsToldWhatToDoAndAskedWhatItIs() {
        String text = NotRuledOut.noComplaint(classifier);
        var asked = wx.text("o-aside", text);
        assertThat(asked.content()).startsWith("如果危险正在发生,请立即拨打 ").contains("回复数字").contains("紧急求助");
        assertThat(state.count("grid_event")).isZero();

        var answer = wx.text("o-aside", "1");
        if (answer.content().contains("什么地方")) {
            answer = wx.text("o-aside", "阳光小区3栋");
        }
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(answer.content())).orElseThrow();
        assertThat(event.urgent()).isFalse();
        assertThat(event.report().dangerNotRuledOut()).isTrue();
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】"));
    }

    @Test
    void aMessageReadAsAnEmergencyWhoseDangerTheScorerTookAsOverIsStillNotRuledOut() {
        // A child pulled out of a pond or a worker fallen from a scaffold, not moving: the category model reads an
        // emergency, the scorer's time cues (上个月, 去年, 后来) and RESOLVED cues (救过来了, 现在好了) say it is over.
        String text = NotRuledOut.readAsEmergencyButOver(classifier);
        var asked = wx.text("o-pulled-out", text);
        assertThat(asked.content()).startsWith("如果危险正在发生,请立即拨打 120(急救)。").contains("回复数字");
        assertThat(state.count("grid_event")).isZero();

        var answer = wx.text("o-pulled-out", "1");
        if (answer.content().contains("什么地方")) {
            answer = wx.text("o-pulled-out", "阳光小区3栋");
        }
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(answer.content())).orElseThrow();
        assertThat(event.report().dangerNotRuledOut()).isTrue();
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + event.number() + ":%")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】"));
    }

    @Test
    void aDraftStoredBeforeDraftsRememberedAPossibleDangerIsStillCompleted() {
        Instant now = Instant.now();
        jdbc.update("INSERT INTO dialog_state (openid, state, expires_at, updated_at) VALUES (?, ?, ?, ?)", "o-old-draft",
                "{\"awaiting\":\"LOCATION\",\"draft\":{\"text\":\"下水道堵了 污水冒出来了\",\"category\":\"MUNICIPAL\","
                        + "\"confidence\":0.9,\"choices\":null,\"close\":0},\"photos\":[]}",
                Timestamp.from(now.plus(Duration.ofDays(30))), Timestamp.from(now.minus(Duration.ofMinutes(1))));
        var reply = wx.text("o-old-draft", "阳光小区3栋");
        assertThat(reply.content()).contains("市政设施").doesNotContain("拨打");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.report().description()).isEqualTo("下水道堵了 污水冒出来了");
        assertThat(event.report().dangerNotRuledOut()).isFalse();
    }
}

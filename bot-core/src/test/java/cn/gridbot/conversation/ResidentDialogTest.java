package cn.gridbot.conversation;

import static cn.gridbot.classify.Category.EMERGENCY;
import static cn.gridbot.classify.Category.ENVIRONMENT;
import static cn.gridbot.classify.Category.MUNICIPAL;
import static cn.gridbot.classify.Category.PUBLIC_ORDER;
import static cn.gridbot.classify.Category.SAFETY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.notify.NotificationKind;

/** Every path of the resident dialog (README "Conversation"), on in-memory stores. */
class ResidentDialogTest {

    private final DialogFixture f = new DialogFixture(DialogFixture.rules(
            "倒在地上", EMERGENCY, 0.8, "下水道", MUNICIPAL, 0.9, "路灯", MUNICIPAL, 0.9, "垃圾", ENVIRONMENT, 0.9,
            "说不清", MUNICIPAL, 0.3, "堡坎", SAFETY, 0.9, "偷", PUBLIC_ORDER, 0.9));

    private GridEvent only() {
        assertThat(f.events.all()).hasSize(1);
        return f.events.all().get(0);
    }

    @Test
    void aComplaintNamingAGridPlaceIsCreatedAtOnceAndAssigned() {
        String reply = f.text("o-1", "滨河路下水道堵了");
        GridEvent event = only();
        assertThat(reply).contains(event.number()).contains("L形网格").contains("市政设施");
        assertThat(event.status()).isEqualTo(EventStatus.ASSIGNED);
        assertThat(event.assigneeCode()).isEqualTo("W1");
        assertThat(f.outbox.to(DialogFixture.WORKER_OPENID)).extracting(n -> n.kind()).containsExactly(NotificationKind.TASK_ASSIGNED);
    }

    @Test
    void withoutAPlaceTheBotAsksThenALocationCompletesTheDraft() {
        assertThat(f.text("o-2", "下水道堵了")).contains("什么地方");
        assertThat(f.events.all()).isEmpty();
        assertThat(f.states.get("o-2").awaiting()).isEqualTo(DialogState.Awaiting.LOCATION);
        String reply = f.location("o-2", 104.005, 30.005, "幸福路口");
        assertThat(only().gridCode()).isEqualTo("T-E-1-L");
        assertThat(only().placement().matchedBy().name()).isEqualTo("LOCATION");
        assertThat(reply).contains(only().number());
        assertThat(f.states.get("o-2").awaiting()).isEqualTo(DialogState.Awaiting.NOTHING);
    }

    @Test
    void anAddressInWordsAnswersTheQuestion() {
        f.text("o-3", "下水道堵了");
        f.text("o-3", "建设路88号");
        assertThat(only().gridCode()).isEqualTo("T-E-1-R");
        assertThat(only().address()).isEqualTo("建设路88号");
    }

    @Test
    void anUnknownAddressGoesToTheDispatcherWithTheAddressKept() {
        f.text("o-4", "下水道堵了");
        String reply = f.text("o-4", "老街菜场后面");
        assertThat(only().gridCode()).isNull();
        assertThat(only().address()).isEqualTo("老街菜场后面");
        assertThat(reply).contains("统一派单");
    }

    @Test
    void skipSendsTheDraftToTheDispatcher() {
        f.text("o-5", "路灯坏了");
        assertThat(f.text("o-5", "跳过")).contains("统一派单");
        assertThat(only().gridCode()).isNull();
        assertThat(f.text("o-5", "跳过")).contains("没有待提交");
    }

    @Test
    void aNewComplaintWhileWaitingForAPlaceSubmitsTheFirstAndHandlesTheSecond() {
        f.text("o-6", "路灯坏了");
        String reply = f.text("o-6", "建设路的垃圾好几天没人收了臭死了");
        assertThat(f.events.all()).hasSize(2);
        assertThat(reply).contains("上一条反映已提交");
    }

    @Test
    void anUnsureClassificationAsksForTheCategoryAndADigitAnswers() {
        assertThat(f.text("o-7", "说不清楚的事 在滨河路")).contains("哪类问题").contains("1 市政设施").contains("2 环境卫生");
        assertThat(f.states.get("o-7").awaiting()).isEqualTo(DialogState.Awaiting.CATEGORY);
        f.text("o-7", "2");
        assertThat(only().category()).isEqualTo(Category.ENVIRONMENT);
        assertThat(only().report().confidence()).isEqualTo(1.0);
    }

    @Test
    void aHazardOrPublicOrderReplySaysWhatToDoIfItIsHappeningNow() {
        assertThat(f.text("o-20", "滨河路的堡坎裂了")).contains("安全隐患").contains("119 / 120");
        assertThat(f.text("o-21", "滨河路有人偷电瓶车")).contains("社会治安").contains("拨打 110");
        assertThat(f.text("o-22", "滨河路下水道堵了")).doesNotContain("拨打");
        assertThat(f.events.all()).hasSize(3).noneMatch(GridEvent::urgent);
    }

    @Test
    void aComplaintThatMayBeADangerHappeningNowSaysWhatToDoWithoutRaisingAnAlarm() {
        f.classify = text -> new Classification(Category.DISPUTE, 0.9, List.of(),
                text.contains("砸") ? Classification.NOT_RULED_OUT : Classification.NOT_RULED_OUT / 2);
        assertThat(f.text("o-23", "滨河路对门在砸东西 有人在哭")).contains("矛盾纠纷").contains("如果危险正在发生,请立即拨打 ")
                .doesNotContain("⚠️");
        assertThat(f.text("o-24", "滨河路对门天天吵架")).contains("矛盾纠纷").doesNotContain("拨打");
        assertThat(f.events.all()).hasSize(2).noneMatch(GridEvent::urgent);
    }

    @Test
    void theLineOnWhatToDoComesBeforeTheQuestionOfWhereAndAgainWhenFiled() {
        f.classify = text -> new Classification(Category.DISPUTE, 0.9, List.of(), text.contains("砸") ? 0.1 : 0);
        assertThat(f.text("o-25", "对门在砸东西 有人在哭")).startsWith("如果危险正在发生,请立即拨打 ").contains("什么地方");
        assertThat(f.text("o-25", "滨河路")).contains("矛盾纠纷").contains("如果危险正在发生,请立即拨打 ");
        assertThat(only().urgent()).isFalse();
        assertThat(f.text("o-26", "对门天天吵架")).contains("什么地方").doesNotContain("拨打");
    }

    @Test
    void aCategoryQuestionAboutAPossibleDangerSaysWhatToDoFirst() {
        List<Classification.Candidate> close = List.of(new Classification.Candidate(Category.SAFETY, 0.4),
                new Classification.Candidate(Category.ENVIRONMENT, 0.35));
        f.classify = text -> new Classification(Category.SAFETY, 0.4, close, text.contains("晕") ? 0.2 : 0);
        assertThat(f.text("o-27", "滨河路一屋人都晕过去了 怕是煤气")).startsWith("如果危险正在发生,请立即拨打 ").contains("回复数字");
        assertThat(f.text("o-28", "滨河路楼道里一股怪味")).contains("回复数字").doesNotContain("拨打");
        assertThat(f.events.all()).as("nothing filed before the answer").isEmpty();
    }

    @Test
    void anEmergencyIsAdvisedFirstCreatedUrgentAndToldToTheTownship() {
        String reply = f.text("o-8", "有人倒在地上了");
        assertThat(reply).startsWith("⚠️").contains("120");
        GridEvent event = only();
        assertThat(event.urgent()).isTrue();
        assertThat(reply).contains("发送位置");
        f.location("o-8", 104.005, 30.005, "幸福路");
        assertThat(f.events.findByNumber(event.number()).orElseThrow().gridCode()).isEqualTo("T-E-1-L");
        assertThat(f.events.findByNumber(event.number()).orElseThrow().assigneeCode()).isEqualTo("W1");
    }

    @Test
    void photosGoWithTheDraftOrJoinTheLatestOpenEvent() {
        assertThat(f.image("o-9")).contains("收到照片");
        assertThat(f.text("o-9", "滨河路垃圾成堆")).contains("1 张");
        GridEvent event = only();
        assertThat(f.image("o-9")).contains(event.number());
        assertThat(f.events.attachments(event)).hasSize(2);
    }

    @Test
    void voiceIsReadThroughItsRecognition() {
        f.voice("o-10", "滨河路路灯坏了");
        assertThat(only().description()).isEqualTo("滨河路路灯坏了");
        assertThat(f.voice("o-10", "")).contains("没有听清");
    }

    @Test
    void theRegisteredGridIsUsedWhenTheTextNamesNoPlace() {
        f.text("o-registered", "路灯坏了");
        assertThat(only().gridCode()).isEqualTo("T-E-1-N");
        assertThat(only().placement().matchedBy().name()).isEqualTo("REGISTERED");
    }

    @Test
    void queriesListAndShowOnlyTheResidentsOwnEvents() {
        f.text("o-11", "滨河路下水道堵了");
        String number = only().number();
        assertThat(f.text("o-11", "进度")).contains(number);
        assertThat(f.text("o-11", "我的")).contains(number);
        assertThat(f.text("o-11", "查询 " + number)).contains("已派发").contains("张莉");
        assertThat(f.text("o-other", "查询 " + number)).contains("没有找到");
        assertThat(f.text("o-12", "进度")).contains("还没有反映过");
    }

    @Test
    void withdrawWorksBeforeSignForOnly() {
        f.text("o-13", "滨河路下水道堵了");
        String number = only().number();
        f.text(DialogFixture.WORKER_OPENID, "签收 " + number);
        assertThat(f.text("o-13", "撤销 " + number)).contains("不能撤销");
        f.text("o-14", "滨河路路灯坏了");
        String second = f.events.all().get(0).number();
        assertThat(f.text("o-14", "撤销 " + second)).contains("已撤销");
        f.text("o-15", "下水道堵了");
        assertThat(f.text("o-15", "撤销")).contains("已取消");
        assertThat(f.text("o-15", "撤销")).contains("没有待提交");
    }

    @Test
    void ratingsByDigitOrByNumber() {
        f.text("o-16", "滨河路下水道堵了");
        String number = only().number();
        assertThat(f.text("o-16", "3")).contains("没有需要您评价");
        f.text(DialogFixture.WORKER_OPENID, "签收 " + number);
        f.text(DialogFixture.WORKER_OPENID, "办结 " + number + " 已疏通");
        assertThat(f.outbox.to("o-16")).extracting(n -> n.kind()).contains(NotificationKind.RATING_REQUEST);
        assertThat(f.text("o-16", "评价 " + number + " 2")).contains("督查");
        assertThat(only().status()).isEqualTo(EventStatus.REOPENED);
        assertThat(f.text("o-16", "评价 " + number + " 5")).contains("已经评价过");
    }

    @Test
    void subscribeMenusGreetingsAndOtherTypes() {
        assertThat(f.event("o-17", "subscribe", null)).contains("欢迎关注");
        assertThat(f.event("o-17", "CLICK", "HELP")).contains("使用说明");
        assertThat(f.event("o-17", "CLICK", "MY_EVENTS")).contains("还没有反映过");
        assertThat(f.event("o-17", "CLICK", "REPORT")).contains("直接发送文字");
        assertThat(f.event("o-17", "unsubscribe", null)).isEmpty();
        assertThat(f.text("o-17", "你好")).contains("网格通");
        assertThat(f.text("o-17", "谢谢")).contains("不客气");
        assertThat(f.text("o-17", "帮助")).contains("使用说明");
        assertThat(f.other("o-17", MessageKind.VIDEO)).contains("抱歉");
        assertThat(f.other("o-17", MessageKind.UNKNOWN)).contains("抱歉");
        assertThat(f.events.all()).isEmpty();
    }

    @Test
    void aDraftWaitsForItsPlaceAcrossMessages() {
        f.text("o-18", "下水道堵了");
        f.advance(Duration.ofMinutes(5));
        f.location("o-18", 104.005, 30.005, null);
        assertThat(only().description()).isEqualTo("下水道堵了");
    }

    @Test
    void repliesNeverExceedWeChatsLimit() {
        String reply = f.text("o-19", "滨河路下水道堵了" + "很".repeat(3000));
        assertThat(reply.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
    }
}

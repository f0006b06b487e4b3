package cn.gridbot.conversation;

import static cn.gridbot.classify.Category.EMERGENCY;
import static cn.gridbot.classify.Category.MUNICIPAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.resident.ResidentTestData;

/** The grid worker's side of the dialog (README "Conversation") and binding, on in-memory stores. */
class WorkerDialogTest {

    private static final String W1 = DialogFixture.WORKER_OPENID;
    private final DialogFixture f = new DialogFixture(DialogFixture.rules("下水道", MUNICIPAL, 0.9, "倒", EMERGENCY, 0.99,
            "正常", EMERGENCY, 0.6));

    private String report() {
        f.text("o-resident", "滨河路下水道堵了");
        return f.events.all().get(0).number();
    }

    private GridEvent event(String number) {
        return f.events.findByNumber(number).orElseThrow();
    }

    @Test
    void signResolveAndAPhotoAfterwards() {
        String number = report();
        assertThat(f.text(W1, "任务")).contains(number).contains("签收时限");
        assertThat(f.text(W1, "签收 " + number.substring(9))).contains("已签收事件 " + number);
        assertThat(f.outbox.to("o-resident")).extracting(n -> n.kind()).containsExactly(NotificationKind.STATUS_CHANGED);
        assertThat(f.text(W1, "办结 " + number)).contains("请写明处理结果");
        assertThat(f.text(W1, "办结 " + number + " 已疏通")).contains("已办结");
        assertThat(event(number).status()).isEqualTo(EventStatus.RESOLVED);
        assertThat(f.image(W1)).contains("办结记录");
        assertThat(f.events.attachments(event(number))).singleElement().satisfies(a -> assertThat(a.kind().name())
                .isEqualTo("RESOLUTION_PHOTO"));
        assertThat(f.text(W1, "任务")).contains("没有待办");
    }

    @Test
    void returnAndEscalateNeedAReason() {
        String number = report();
        assertThat(f.text(W1, "退回 " + number)).contains("请写明退回原因");
        assertThat(f.text(W1, "退回 " + number + " 不是我网格的")).contains("已退回");
        assertThat(event(number).status()).isEqualTo(EventStatus.RETURNED);
        String other = report();
        f.text(W1, "签收 " + other);
        assertThat(f.text(W1, "上报 " + other + " 要住建局鉴定")).contains("已上报");
        assertThat(event(other).status()).isEqualTo(EventStatus.ESCALATED);
    }

    @Test
    void refusalsSayWhy() {
        String number = report();
        f.text(W1, "签收 " + number);
        assertThat(f.text(W1, "签收 " + number)).contains("已签收").contains("不能签收");
        assertThat(f.text(W1, "签收 0000")).contains("没有找到");
        f.text("o-bind", "绑定 " + f.bindingCode("W2"));
        assertThat(f.text("o-bind", "办结 " + number + " 好了")).contains("不是派给您的");
    }

    @Test
    void bindsByOneTimeCodeOnlyAndLocksAfterFiveWrongCodes() {
        String code = f.bindingCode("W2");
        assertThat(f.text("o-new", "绑定 W2 0002")).contains("绑定码").doesNotContain("绑定成功");
        assertThat(f.text("o-new", "绑定 " + code)).contains("绑定成功").contains("李强");
        assertThat(f.text("o-x", "绑定 " + code)).contains("绑定码不正确或已失效");
        assertThat(f.text("o-new", "绑定 " + f.bindingCode("W1"))).contains("已绑定工号 W2");
        String fresh = f.bindingCode("W2");
        f.advance(Duration.ofHours(24));
        assertThat(f.text("o-late", "绑定 " + fresh)).contains("绑定码不正确或已失效");
        String live = f.bindingCode("W1");
        for (int left = 3; left >= 1; left--) {
            assertThat(f.text("o-late", "绑定 " + wrong(live))).contains("还可尝试 " + left + " 次");
        }
        assertThat(f.text("o-late", "绑定 " + wrong(live))).contains("暂停绑定");
        assertThat(f.text("o-late", "绑定 " + live)).contains("暂停绑定");
    }

    @Test
    void aScannedBindingQrCodeBindsLikeTheTypedCode() {
        assertThat(f.event("o-scan", "SCAN", "bind:" + f.bindingCode("W2"))).contains("绑定成功").contains("李强");
        assertThat(f.event("o-follow", "subscribe", "qrscene_bind:" + f.bindingCode("W2"))).contains("绑定成功");
        assertThat(f.text("o-scan", "任务")).doesNotContain("李强");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void visitsAndBirthdays() {
        f.residents.upsert(ResidentTestData.aResident("付良容").inGrid("T-E-1-L").elderly()
                .bornOn(LocalDate.of(1938, 11, 27)).visitedEvery(14, LocalDate.of(2026, 11, 1)).build());
        f.residents.upsert(ResidentTestData.aResident("王伯").inGrid("T-E-1-N").build());
        assertThat(f.text(W1, "生日")).contains("付良容").contains("11月27日");
        assertThat(f.text(W1, "走访 付良容 身体好")).contains("已登记走访").contains("12月9日");
        assertThat(f.residents.visits()).hasSize(1);
        assertThat(f.text(W1, "走访 王伯 看望")).contains("不是您网格的居民");
        assertThat(f.text(W1, "走访 张三 看望")).contains("没有找到");
    }

    @Test
    void aWorkersUnknownTextGetsTheWorkerHelpAndNeverBecomesAComplaintOrAnEmergency() {
        for (String text : List.of("滨河路12号住户已搬走 一切正常", "滨河路下水道冒水了", "滨河路有个老人倒在地上")) {
            assertThat(f.text(W1, text)).contains("不是网格员指令").contains("网格员指令:").doesNotContain("已受理")
                    .doesNotContain("⚠️");
        }
        assertThat(f.events.all()).isEmpty();
        assertThat(f.outbox.all()).isEmpty();
        assertThat(f.states.getOrDefault(W1, DialogState.fresh()).draft()).isNull();
    }

    @Test
    void aWorkersResidentLikeWordsGetTheWorkersAnswer() {
        assertThat(f.text(W1, "帮助")).contains("网格员指令").doesNotContain("不是网格员指令");
        assertThat(f.text(W1, "菜单")).contains("网格员指令");
        assertThat(f.text(W1, "进度")).contains("没有待办");
        assertThat(f.image(W1)).contains("没有关联到事件");
        assertThat(f.location(W1, 104.005, 30.005, "幸福路")).contains("不会生成事件");
        assertThat(f.text(W1, "3")).contains("没有需要您评价");
        assertThat(f.events.all()).isEmpty();
    }

    @Test
    void aSelfReportIsSignedForAtOnceAndAPhotoSoonAfterJoinsIt() {
        String reply = f.text(W1, "报事 下水道冒水了");
        String number = f.events.all().get(0).number();
        assertThat(reply).contains(number).contains("已由您签收");
        assertThat(event(number).status()).isEqualTo(EventStatus.ACCEPTED);
        assertThat(event(number).report().source().name()).isEqualTo("WORKER");
        assertThat(event(number).assigneeCode()).isEqualTo("W1");
        assertThat(f.image(W1)).contains("照片已附到事件 " + number);
        f.advance(java.time.Duration.ofMinutes(3));
        assertThat(f.image(W1)).contains("没有关联到事件");
        assertThat(f.outbox.to(W1)).isEmpty();
    }

    @Test
    void aReportSolvedOnTheSpotIsClosed() {
        assertThat(f.text(W1, "报事 下水道堵了 已处理 已疏通")).contains("即报即办");
        GridEvent event = f.events.all().get(0);
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        assertThat(event.resolution()).isEqualTo("已疏通");
    }

    @Test
    void aPatrolCountsTheLocationsSentWhileItIsOpen() {
        assertThat(f.text(W1, "结束巡查")).contains("没有进行中的巡查");
        assertThat(f.text(W1, "巡查")).contains("巡查开始");
        assertThat(f.location(W1, 104.005, 30.005, "幸福路")).contains("第 1 个");
        f.advance(java.time.Duration.ofMinutes(25));
        assertThat(f.text(W1, "结束巡查 一切正常")).contains("时长 25 分钟").contains("位置点 1 个").contains("未达到有效巡查");
        assertThat(f.location(W1, 104.005, 30.005, "幸福路")).contains("不会生成事件");
    }
}

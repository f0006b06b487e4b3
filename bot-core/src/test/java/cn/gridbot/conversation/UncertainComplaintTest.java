package cn.gridbot.conversation;

import static cn.gridbot.classify.Category.EMERGENCY;
import static cn.gridbot.classify.Category.ENVIRONMENT;
import static cn.gridbot.classify.Category.MUNICIPAL;
import static cn.gridbot.classify.Category.SAFETY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classification.Candidate;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.notify.Notification;

/**
 * "Not sure" handled like a dispatcher: close categories are asked about, the close ones offered first; a possible
 * emergency is never asked about but filed as urgent at once, and the township centre is told it was uncertain.
 */
class UncertainComplaintTest {

    private final DialogFixture f = new DialogFixture(text -> {
        if (text.contains("井")) {
            return close(MUNICIPAL, 0.48, ENVIRONMENT, 0.40, SAFETY, 0.05);
        }
        if (text.contains("坎")) {
            return new Classification(EMERGENCY, 0.31, List.of(new Candidate(EMERGENCY, 0.31),
                    new Candidate(SAFETY, 0.6), new Candidate(MUNICIPAL, 0.05)));
        }
        if (text.contains("倒")) {
            return new Classification(EMERGENCY, 0.97);
        }
        return close(MUNICIPAL, 0.9, ENVIRONMENT, 0.05, SAFETY, 0.01);
    });

    private static Classification close(Category first, double p1, Category second, double p2, Category third, double p3) {
        return new Classification(first, p1, List.of(new Candidate(first, p1), new Candidate(second, p2),
                new Candidate(third, p3)));
    }

    private GridEvent only() {
        assertThat(f.events.all()).hasSize(1);
        return f.events.all().get(0);
    }

    @Test
    void closeCategoriesAreOfferedFirstAndTheNumberAnsweredFilesTheEvent() {
        String question = f.text("o-1", "滨河路那个井冒水 臭得很");
        assertThat(question).contains("更接近哪一类").contains("1 市政设施").contains("2 环境卫生").contains("都不是")
                .contains("3 园林绿化").doesNotContain("4 市政设施");
        assertThat(f.events.all()).isEmpty();
        f.text("o-1", "2");
        assertThat(only().category()).isEqualTo(ENVIRONMENT);
        assertThat(only().gridCode()).isEqualTo("T-E-1-L");
    }

    @Test
    void theResidentMayAnswerThatItIsAnEmergencyAfterAll() {
        assertThat(f.text("o-2", "滨河路那个井冒水")).contains("9 紧急求助");
        assertThat(f.text("o-2", "9")).startsWith("⚠️");
        assertThat(only().urgent()).isTrue();
        assertThat(only().report().confidence()).isEqualTo(1.0);
    }

    @Test
    void aClearClassificationIsFiledWithoutAQuestion() {
        assertThat(f.text("o-3", "滨河路路灯坏了")).contains("已受理").contains("市政设施");
        assertThat(only().urgent()).isFalse();
    }

    @Test
    void aSuspectedEmergencyIsUrgentAtOnceAndTheCentreIsToldItWasUncertain() {
        String reply = f.text("o-4", "滨河路后面那个土坎在往下垮 下面住得有人");
        assertThat(reply).startsWith("⚠️").contains("119(消防)").contains("已按紧急事件上报");
        GridEvent event = only();
        assertThat(event.urgent()).isTrue();
        assertThat(event.category()).isEqualTo(EMERGENCY);
        assertThat(event.report().confidence()).isEqualTo(0.31);
        assertThat(f.outbox.to(DialogFixture.CENTRE_OPENID)).singleElement().satisfies(push -> {
            assertThat(push.text()).startsWith("【疑似紧急】").contains(event.number()).contains("紧急置信度 31%")
                    .contains("电话核实");
            assertThat(push.fields().get("category")).startsWith("【疑似紧急】");
        });
        assertThat(f.outbox.to(DialogFixture.WORKER_OPENID)).extracting(Notification::text)
                .singleElement().satisfies(text -> assertThat(text).startsWith("【疑似紧急任务】"));
    }

    @Test
    void aComplaintWhoseDangerIsNotRuledOutIsCheckedByItsWorkerAndItsCentreWithoutAnAlarm() {
        f.classify = text -> new Classification(Category.DISPUTE, 0.9, List.of(), text.contains("砸") ? 0.1 : 0.01);
        f.text("o-26", "滨河路对门在砸东西 有人在哭");
        GridEvent event = only();
        assertThat(event.urgent()).isFalse();
        assertThat(event.report().dangerNotRuledOut()).isTrue();
        assertThat(f.outbox.to(DialogFixture.WORKER_OPENID)).singleElement().satisfies(push -> {
            assertThat(push.text()).startsWith("【新任务·危险未排除】" + event.number()).contains("不能排除危险正在发生")
                    .doesNotContain("紧急任务");
            assertThat(push.fields().get("category")).isEqualTo("【危险未排除】矛盾纠纷");
        });
        assertThat(f.outbox.to(DialogFixture.CENTRE_OPENID)).singleElement().satisfies(push -> assertThat(push.text())
                .startsWith("【危险未排除】" + event.number()).contains("请电话核实").contains("已派网格员")
                .doesNotContain("紧急事件"));

        f.text("o-27", "滨河路对门天天吵架");
        assertThat(f.events.all()).filteredOn(e -> !e.number().equals(event.number())).singleElement()
                .satisfies(calm -> assertThat(calm.report().dangerNotRuledOut()).isFalse());
        assertThat(f.outbox.to(DialogFixture.CENTRE_OPENID)).hasSize(1);
        assertThat(f.outbox.to(DialogFixture.WORKER_OPENID)).extracting(Notification::text)
                .filteredOn(text -> text.startsWith("【新任务】")).hasSize(1);
    }

    @Test
    void aMessageThatIsNoComplaintButWhoseDangerIsNotRuledOutIsToldWhatToDoAndAskedOnce() {
        f.classify = text -> new Classification(Category.OTHER, 0.95, List.of(new Candidate(Category.OTHER, 0.95),
                new Candidate(SAFETY, 0.03)), text.contains("抽筋") ? 0.1 : 0.01);
        String asked = f.text("o-28", "第一次用这个公众号 想问一下 滨河路河里游泳的好像抽筋了 这个找你们吗");
        assertThat(asked).startsWith("如果危险正在发生,请立即拨打 ").contains("回复数字").contains("1 安全隐患")
                .contains("紧急求助");
        assertThat(f.events.all()).isEmpty();
        f.text("o-28", "1");
        GridEvent event = only();
        assertThat(event.category()).isEqualTo(SAFETY);
        assertThat(event.urgent()).isFalse();
        assertThat(event.report().dangerNotRuledOut()).isTrue();

        assertThat(f.text("o-29", "你们这个公众号做得好")).isEqualTo(Replies.GREETING);
        assertThat(f.text("o-30", "想问一下 滨河路河里游泳的好像抽筋了")).contains("回复数字");
        assertThat(f.text("o-30", "谢谢")).doesNotContain("回复数字");
        assertThat(f.events.all()).hasSize(1);
    }

    @Test
    void aSureEmergencyIsPushedAsAnEmergencyWithoutDoubt() {
        f.text("o-5", "滨河路有个老人倒在地上");
        assertThat(f.outbox.to(DialogFixture.CENTRE_OPENID)).singleElement()
                .satisfies(push -> assertThat(push.text()).startsWith("【紧急事件】").doesNotContain("疑似"));
    }
}

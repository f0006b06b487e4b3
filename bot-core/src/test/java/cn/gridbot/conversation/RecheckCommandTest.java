package cn.gridbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gridbot.register.CheckResult;

/** How a worker's "复核" and "检查" are read (README "Registers"). */
class RecheckCommandTest {

    @Test
    void readsTheTargetTheResultAndTheNote() {
        assertThat(WorkerCommand.parse("复核 幸福路12号 正常 住户已搬走"))
                .contains(new WorkerCommand.Recheck("幸福路12号", CheckResult.OK, "住户已搬走", false));
        assertThat(WorkerCommand.parse("检查 海慧路 再生资源回收站 隐患：门口堆放废品"))
                .contains(new WorkerCommand.Recheck("海慧路 再生资源回收站", CheckResult.HAZARD, "门口堆放废品", true));
        assertThat(WorkerCommand.parse("复核 王秀兰 变化")).contains(new WorkerCommand.Recheck("王秀兰", CheckResult.CHANGED, "", false));
        assertThat(WorkerCommand.parse("recheck 幸福路12号 hazard wires")).contains(
                new WorkerCommand.Recheck("幸福路12号", CheckResult.HAZARD, "wires", false));
    }

    @Test
    void withoutAResultItIsNoCommand() {
        assertThat(WorkerCommand.parse("复核 幸福路12号")).isEmpty();
        assertThat(WorkerCommand.parse("检查 幸福网吧 变化 换了老板")).as("a place is OK or a hazard").isEmpty();
        assertThat(WorkerCommand.parse("幸福路12号复核正常")).isEmpty();
    }
}

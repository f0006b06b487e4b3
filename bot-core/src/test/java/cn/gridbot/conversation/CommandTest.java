package cn.gridbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands people type on a phone: full-width digits, spaces, punctuation, English words. */
class CommandTest {

    @Test
    void residentCommands() {
        assertThat(Command.parse("帮助")).containsInstanceOf(Command.Help.class);
        assertThat(Command.parse("进度。")).containsInstanceOf(Command.MyEvents.class);
        assertThat(Command.parse("查询 20261127-0042")).contains(new Command.Query("20261127-0042"));
        assertThat(Command.parse("查询２０２６１１２７００４２")).contains(new Command.Query("20261127-0042"));
        assertThat(Command.parse("撤销 20261127 0042")).contains(new Command.Withdraw("20261127-0042"));
        assertThat(Command.parse("撤销")).contains(new Command.Withdraw(null));
        assertThat(Command.parse("评价 20261127-0042 5分")).contains(new Command.Rate("20261127-0042", 5));
        assertThat(Command.parse("５")).contains(new Command.Digit(5));
        assertThat(Command.parse("跳过")).containsInstanceOf(Command.Skip.class);
        assertThat(Command.parse("绑定 123456")).contains(new Command.Bind("123456"));
        assertThat(Command.parse("绑定１２３４５６")).contains(new Command.Bind("123456"));
        assertThat(Command.parse("绑定 W001 1234")).contains(new Command.Bind(null));
        assertThat(Command.parse("绑定银行卡被人骗了")).isEmpty();
        assertThat(Command.parse("海慧路下水道堵了")).isEmpty();
        assertThat(Command.parse("评价 20261127-0042 6")).isEmpty();
    }

    @Test
    void workerCommands() {
        assertThat(WorkerCommand.parse("任务")).containsInstanceOf(WorkerCommand.Tasks.class);
        assertThat(WorkerCommand.parse("签收 0042")).contains(new WorkerCommand.Act(WorkerCommand.Action.ACCEPT, "0042", ""));
        assertThat(WorkerCommand.parse("办结 20261127-0042 已疏通,恢复正常")).contains(
                new WorkerCommand.Act(WorkerCommand.Action.RESOLVE, "20261127-0042", "已疏通,恢复正常"));
        assertThat(WorkerCommand.parse("resolve 202611270042 done")).contains(
                new WorkerCommand.Act(WorkerCommand.Action.RESOLVE, "20261127-0042", "done"));
        assertThat(WorkerCommand.parse("退回 0042 不属于本网格")).contains(
                new WorkerCommand.Act(WorkerCommand.Action.RETURN, "0042", "不属于本网格"));
        assertThat(WorkerCommand.parse("走访 付良容 身体不错")).contains(new WorkerCommand.Visit("付良容", "身体不错"));
        assertThat(WorkerCommand.parse("生日")).containsInstanceOf(WorkerCommand.Birthdays.class);
        assertThat(WorkerCommand.parse("报事 海慧路3号井盖破损")).contains(new WorkerCommand.SelfReport("海慧路3号井盖破损", null));
        assertThat(WorkerCommand.parse("报事:楼道堆满杂物,已处理 已督促清理")).contains(
                new WorkerCommand.SelfReport("楼道堆满杂物", "已督促清理"));
        assertThat(WorkerCommand.parse("report blocked drain")).contains(new WorkerCommand.SelfReport("blocked drain", null));
        assertThat(WorkerCommand.parse("报事")).contains(new WorkerCommand.SelfReport("", null));
        assertThat(WorkerCommand.parse("巡查")).containsInstanceOf(WorkerCommand.PatrolStart.class);
        assertThat(WorkerCommand.parse("patrol")).containsInstanceOf(WorkerCommand.PatrolStart.class);
        assertThat(WorkerCommand.parse("结束巡查 沿滨河路一圈")).contains(new WorkerCommand.PatrolEnd("沿滨河路一圈"));
        assertThat(WorkerCommand.parse("结束巡查。")).contains(new WorkerCommand.PatrolEnd(""));
        assertThat(WorkerCommand.parse("海慧路路灯坏了")).isEmpty();
    }
}

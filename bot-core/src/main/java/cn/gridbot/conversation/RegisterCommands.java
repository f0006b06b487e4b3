package cn.gridbot.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.register.CheckResult;
import cn.gridbot.register.RecheckPicks;
import cn.gridbot.register.Rechecks;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.RegisterRecord;
import cn.gridbot.register.Registers;
import cn.gridbot.worker.Worker;

/**
 * A worker's register commands (README "Registers"): "复核 名称或地址 正常|变化|隐患 记录" and "检查 场所 正常|隐患 记录"
 * log a check on a record of their grid. Several matches get a numbered list; the next reply, a bare number,
 * picks one (any other reply drops the list). A hazard opens a SAFETY event given to the worker.
 */
@Component
class RegisterCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final Rechecks rechecks;
    private final Registers registers;
    private final RecheckPicks picks;

    RegisterCommands(Rechecks rechecks, Registers registers, RecheckPicks picks) {
        this.rechecks = rechecks;
        this.registers = registers;
        this.picks = picks;
    }

    Handled recheck(Worker worker, WorkerCommand.Recheck command, String openid) {
        List<RegisterRecord> found = rechecks.lookup(worker.unitCode(), command.target(), command.placesOnly());
        String what = command.placesOnly() ? "重点场所" : "登记信息(房屋地址、场所名称或人员姓名)";
        if (found.isEmpty()) {
            return Handled.reply("本网格没有找到「" + command.target() + "」的" + what + "。请核对后重试。");
        }
        if (found.size() > Rechecks.MAX_CHOICES) {
            return Handled.reply("「" + command.target() + "」对应的登记信息太多,请写得更具体些,例如门牌号或全称。");
        }
        if (found.size() == 1) {
            return log(worker, found.get(0), command.result(), command.note());
        }
        picks.offer(openid, new RecheckPicks.Pending(found.stream().map(RegisterRecord::id).toList(), command.result(),
                command.note()));
        StringBuilder text = new StringBuilder("本网格有 ").append(found.size()).append(" 条「").append(command.target())
                .append("」,请回复序号选择要登记的一条:");
        for (int i = 0; i < found.size(); i++) {
            text.append("\n").append(i + 1).append(". ").append(found.get(i).describe());
        }
        return Handled.reply(text.toString());
    }

    /** The reply to a numbered list, when one waits and the words are a number; any other words drop the list. */
    Optional<Handled> choose(Worker worker, String words, String openid) {
        Optional<RecheckPicks.Pending> waiting = picks.pending(openid);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String answer = Command.normalise(words);
        if (!answer.matches("\\d{1,2}")) {
            picks.clear(openid);
            return Optional.empty();
        }
        List<Long> ids = waiting.get().recordIds();
        int choice = Integer.parseInt(answer);
        if (choice < 1 || choice > ids.size()) {
            return Optional.of(Handled.reply("请回复 1 到 " + ids.size() + " 之间的序号。"));
        }
        picks.clear(openid);
        return Optional.of(registers.findById(ids.get(choice - 1)).filter(r -> r.gridCode().equals(worker.unitCode()))
                .map(r -> log(worker, r, waiting.get().result(), waiting.get().note()))
                .orElse(Handled.reply("这条登记信息已不在本网格,没有登记。")));
    }

    private Handled log(Worker worker, RegisterRecord record, CheckResult result, String note) {
        Rechecks.Logged logged;
        try {
            logged = rechecks.log(record, rechecks.today(), worker, result, note);
        } catch (DomainException e) {
            return Handled.reply("复核没有登记:" + e.getMessage());
        }
        String verb = record.kind() == RegisterKind.PLACE ? "检查" : "复核";
        LocalDate next = logged.record().dueDate(rechecks.today().plusDays(1));
        String text = "已登记" + verb + ":" + record.describe() + ",结果「" + result.label() + "」,日期 "
                + DAY.format(logged.check().date()) + "。下次" + verb + " " + DAY.format(next) + " 前。";
        String number = logged.check().eventNumber();
        if (number == null) {
            return Handled.reply(text);
        }
        return Handled.about(number, text + "\n已生成安全隐患事件 " + number + ",已派给您。请回复「签收 " + number
                + "」,处理后「办结 " + number + " 结果」。");
    }
}

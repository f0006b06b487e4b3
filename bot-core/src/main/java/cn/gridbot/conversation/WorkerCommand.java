package cn.gridbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gridbot.register.CheckResult;

/**
 * A grid worker's commands (README "Conversation"), Chinese or English. An event may be named by its full number or,
 * on a phone, by its last four digits.
 */
sealed interface WorkerCommand {

    record Tasks() implements WorkerCommand {
    }

    record Help() implements WorkerCommand {
    }

    /** Sign for, resolve, give back or escalate an event; {@code note} is the result or the reason. */
    record Act(Action action, String reference, String note) implements WorkerCommand {
    }

    record Visit(String resident, String note) implements WorkerCommand {
    }

    record Birthdays() implements WorkerCommand {
    }

    /** "报事 描述", or "报事 描述 已处理 结果" for one solved on the spot ({@code result} null otherwise). */
    record SelfReport(String description, String result) implements WorkerCommand {
    }

    record PatrolStart() implements WorkerCommand {
    }

    record PatrolEnd(String note) implements WorkerCommand {
    }

    /** "延期 编号 工作日数 原因": ask for more working days to resolve an event held. */
    record Extend(String reference, int workingDays, String reason) implements WorkerCommand {
    }

    /** A register re-check: "复核 名称或地址 正常|变化|隐患 记录", or for a key place "检查 场所 正常|隐患 记录". */
    record Recheck(String target, CheckResult result, String note, boolean placesOnly) implements WorkerCommand {
    }

    enum Action { ACCEPT, RESOLVE, RETURN, ESCALATE }

    String REFERENCE = "(\\d{8}[-－—_ ]?\\d{4,6}|\\d{4,6})";
    Pattern TASKS = Pattern.compile("(?i)(任务|我的任务|待办|tasks?)");
    Pattern HELP = Pattern.compile("(?i)(帮助|help|\\?|？)");
    Pattern ACT = Pattern.compile("(?i)(签收|accept|sign|办结|完成|resolve|done|退回|return|上报|escalate)\\s*" + REFERENCE
            + "(?:[\\s,,::]+(.*))?", Pattern.DOTALL);
    Pattern VISIT = Pattern.compile("(?i)(?:走访|visit)\\s+(\\S+)(?:\\s+(.*))?", Pattern.DOTALL);
    Pattern BIRTHDAYS = Pattern.compile("(?i)(生日|birthdays?)");
    Pattern SELF_REPORT = Pattern.compile("(?i)(?:报事|report(?=[\\s,,::]|$))[\\s,,::]*(.*)", Pattern.DOTALL);
    Pattern SOLVED = Pattern.compile("[\\s,,。;;]*已处理[\\s,,::]*");
    Pattern PATROL_START = Pattern.compile("(?i)(巡查|开始巡查|patrol)");
    Pattern PATROL_END = Pattern.compile("(?i)(?:结束巡查|巡查结束|end\\s*patrol)(?:[\\s,,::]+(.*))?", Pattern.DOTALL);
    Pattern EXTEND = Pattern.compile("(?i)(?:延期|extend)\\s*" + REFERENCE + "[\\s,,]+(\\d{1,3})\\s*(?:个)?(?:工作日|天|days?)?"
            + "(?:[\\s,,::]+(.*))?", Pattern.DOTALL);
    Pattern RECHECK = Pattern.compile("(?i)(复核|recheck)\\s+(\\S.*?)\\s+(正常|变化|隐患|ok|changed|hazard)(?:[\\s,:\\uFF0C\\uFF1A]*(.*))?",
            Pattern.DOTALL);
    Pattern INSPECT = Pattern.compile("(?i)(检查|inspect)\\s+(\\S.*?)\\s+(正常|隐患|ok|hazard)(?:[\\s,:\\uFF0C\\uFF1A]*(.*))?", Pattern.DOTALL);

    static Optional<WorkerCommand> parse(String text) {
        String t = Command.normalise(text);
        if (TASKS.matcher(t).matches()) {
            return Optional.of(new Tasks());
        }
        if (HELP.matcher(t).matches()) {
            return Optional.of(new Help());
        }
        if (BIRTHDAYS.matcher(t).matches()) {
            return Optional.of(new Birthdays());
        }
        if (PATROL_START.matcher(t).matches()) {
            return Optional.of(new PatrolStart());
        }
        Matcher m = PATROL_END.matcher(t);
        if (m.matches()) {
            return Optional.of(new PatrolEnd(m.group(1) == null ? "" : m.group(1).strip()));
        }
        m = SELF_REPORT.matcher(t);
        if (m.matches()) {
            return Optional.of(selfReport(m.group(1).strip()));
        }
        m = EXTEND.matcher(t);
        if (m.matches()) {
            return Optional.of(new Extend(reference(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? "" : m.group(3).strip()));
        }
        m = ACT.matcher(t);
        if (m.matches()) {
            return Optional.of(new Act(action(m.group(1)), reference(m.group(2)), m.group(3) == null ? "" : m.group(3).strip()));
        }
        for (Pattern recheck : new Pattern[] { RECHECK, INSPECT }) {
            m = recheck.matcher(t);
            if (m.matches()) {
                return Optional.of(new Recheck(m.group(2), CheckResult.typed(m.group(3)).orElseThrow(),
                        m.group(4) == null ? "" : m.group(4).strip(), recheck == INSPECT));
            }
        }
        m = VISIT.matcher(t);
        if (m.matches()) {
            return Optional.of(new Visit(m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
        }
        return Optional.empty();
    }

    private static SelfReport selfReport(String words) {
        Matcher solved = SOLVED.matcher(words);
        if (!solved.find() || solved.start() == 0) {
            return new SelfReport(words, null);
        }
        String result = words.substring(solved.end()).strip();
        return new SelfReport(words.substring(0, solved.start()).strip(), result.isEmpty() ? "现场已处理" : result);
    }

    /** An event number as typed, written the canonical way when whole. */
    private static String reference(String typed) {
        String reference = typed.replaceAll("[^0-9]", "");
        return reference.length() > 8 ? reference.substring(0, 8) + "-" + reference.substring(8) : reference;
    }

    private static Action action(String word) {
        return switch (word.toLowerCase()) {
            case "签收", "accept", "sign" -> Action.ACCEPT;
            case "办结", "完成", "resolve", "done" -> Action.RESOLVE;
            case "退回", "return" -> Action.RETURN;
            default -> Action.ESCALATE;
        };
    }
}

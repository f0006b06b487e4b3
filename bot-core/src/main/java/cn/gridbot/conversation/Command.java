package cn.gridbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed commands a user can type (README "Conversation"), in Chinese with the English word accepted too.
 * Anything else is free text. Full-width digits and spaces are read like ASCII ones.
 */
sealed interface Command {

    record Help() implements Command {
    }

    /** "进度" / "我的" / "查询" without a number: the user's events. */
    record MyEvents() implements Command {
    }

    record Query(String number) implements Command {
    }

    /** "撤销" with a number, or alone to drop an unfinished complaint. */
    record Withdraw(String number) implements Command {
    }

    record Rate(String number, int score) implements Command {
    }

    /** A bare digit: a menu choice or a rating. */
    record Digit(int value) implements Command {
    }

    record Skip() implements Command {
    }

    /** "绑定" with a six-digit binding code; {@code code} is null when the words after it are not one. */
    record Bind(String code) implements Command {
    }

    String NUMBER = "(\\d{8})[-－—_ ]?(\\d{4,6})";
    Pattern HELP = Pattern.compile("(?i)(帮助|help|菜单|menu|\\?|？|使用说明)");
    Pattern MINE = Pattern.compile("(?i)(进度|我的|我的事件|查询|查看进度|progress|mine)");
    Pattern QUERY = Pattern.compile("(?i)(?:查询|进度|查看|query)\\s*" + NUMBER);
    Pattern WITHDRAW = Pattern.compile("(?i)(?:撤销|撤回|取消|cancel|withdraw)\\s*(?:" + NUMBER + ")?");
    Pattern RATE = Pattern.compile("(?i)(?:评价|打分|rate)\\s*" + NUMBER + "\\s*([1-5])\\s*分?");
    Pattern DIGIT = Pattern.compile("([1-9])\\s*分?");
    Pattern SKIP = Pattern.compile("(?i)(跳过|skip|不知道|不清楚)");
    Pattern BIND = Pattern.compile("(?i)(?:绑定|bind)\\s*(\\d{6})");
    Pattern BIND_OTHER = Pattern.compile("(?i)(?:绑定|bind)(?:\\s+.*)?", Pattern.DOTALL);

    static Optional<Command> parse(String text) {
        String t = normalise(text);
        if (HELP.matcher(t).matches()) {
            return Optional.of(new Help());
        }
        if (MINE.matcher(t).matches()) {
            return Optional.of(new MyEvents());
        }
        Matcher m = QUERY.matcher(t);
        if (m.matches()) {
            return Optional.of(new Query(number(m, 1)));
        }
        m = WITHDRAW.matcher(t);
        if (m.matches()) {
            return Optional.of(new Withdraw(m.group(1) == null ? null : number(m, 1)));
        }
        m = RATE.matcher(t);
        if (m.matches()) {
            return Optional.of(new Rate(number(m, 1), Integer.parseInt(m.group(3))));
        }
        m = DIGIT.matcher(t);
        if (m.matches()) {
            return Optional.of(new Digit(Integer.parseInt(m.group(1))));
        }
        if (SKIP.matcher(t).matches()) {
            return Optional.of(new Skip());
        }
        m = BIND.matcher(t);
        if (m.matches()) {
            return Optional.of(new Bind(m.group(1)));
        }
        if (BIND_OTHER.matcher(t).matches()) {
            return Optional.of(new Bind(null));
        }
        return Optional.empty();
    }

    /** The event number written the canonical way, {@code 20261127-0042}. */
    private static String number(Matcher m, int group) {
        return m.group(group) + "-" + m.group(group + 1);
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '　') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString().strip().replaceAll("[。.!！~～]+$", "");
    }
}

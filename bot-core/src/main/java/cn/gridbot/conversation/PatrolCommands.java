package cn.gridbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolSettings;
import cn.gridbot.patrol.Patrolling;
import cn.gridbot.worker.Worker;

/**
 * A worker's patrol in the chat (README "The grid worker's own day"): "巡查" starts it, each location sent (or reported
 * by the account's location events) while it is open is a point of its track, and "结束巡查 记录" ends it with the
 * figures that judge it: duration, points, share inside the grid, valid or not.
 */
@Component
class PatrolCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Patrolling patrolling;
    private final PatrolSettings rules;
    private final GridbotSettings settings;
    private final Clock clock;

    PatrolCommands(Patrolling patrolling, PatrolSettings rules, GridbotSettings settings, Clock clock) {
        this.patrolling = patrolling;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    Handled start(Worker worker) {
        Patrolling.Started started = patrolling.start(worker);
        Patrol p = started.patrol();
        String since = TIME.format(p.startedAt().atZone(settings.timeZone()));
        if (started.already()) {
            return Handled.reply("您已在巡查中(" + since + " 开始,已记录 " + p.points() + " 个位置点)。结束时回复「结束巡查 巡查记录」。");
        }
        return Handled.reply("巡查开始(" + since + ")。请沿途发送位置(+ → 位置),每到一处发一次;结束时回复「结束巡查 巡查记录」。\n"
                + requirement());
    }

    /** A location from a worker on patrol: a point of the track; empty when they are not on patrol. */
    Optional<Patrolling.Tracked> point(Worker worker, InboundMessage message) {
        return message.location() == null ? Optional.empty() : patrolling.point(worker, message.location());
    }

    String pointRecorded(Patrolling.Tracked tracked) {
        Patrol p = tracked.patrol();
        boolean inside = tracked.point().inside();
        return "已记录巡查位置点第 " + p.points() + " 个(" + (inside ? "在本网格内" : "不在本网格内") + ",网格内共 " + p.insidePoints()
                + " 个)。";
    }

    Handled end(Worker worker, String note) {
        Optional<Patrol> ended = patrolling.end(worker, note);
        if (ended.isEmpty()) {
            return Handled.reply("您当前没有进行中的巡查。回复「巡查」开始一次巡查。");
        }
        return Handled.reply(summary(ended.get()));
    }

    /** The end of a patrol as the worker reads it, e.g. "巡查结束:时长 35 分钟,位置点 6 个,网格内 5 个(83%),有效巡查。". */
    String summary(Patrol p) {
        long minutes = p.duration(clock.instant()).toMinutes();
        String verdict = p.valid() ? "有效巡查。" : "未达到有效巡查:" + requirement();
        return "巡查结束:时长 " + duration(minutes) + ",位置点 " + p.points() + " 个,网格内 " + p.insidePoints() + " 个("
                + Math.round(100 * p.insideShare()) + "%)," + verdict;
    }

    private String requirement() {
        Duration min = rules.minDuration();
        return "有效巡查需持续至少 " + min.toMinutes() + " 分钟,且至少 " + rules.minPoints() + " 个位置点在本网格内。";
    }

    private static String duration(long minutes) {
        return minutes >= 60 ? minutes / 60 + " 小时 " + minutes % 60 + " 分钟" : minutes + " 分钟";
    }
}

package cn.gridbot.reminder;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.gridbot.notify.NotificationKind;

/** What a run for date D created, per kind; a repeated run answers zeros. Published after each run, for the metrics. */
public record ReminderCounts(LocalDate date, Map<NotificationKind, Integer> created, long millis) {

    public ReminderCounts {
        created = Map.copyOf(created);
    }

    public static Map<NotificationKind, Integer> zeros() {
        Map<NotificationKind, Integer> counts = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : ReminderRun.KINDS) {
            counts.put(kind, 0);
        }
        return counts;
    }

    public int total() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }
}

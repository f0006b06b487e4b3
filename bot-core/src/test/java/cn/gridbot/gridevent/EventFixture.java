package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import cn.gridbot.calendar.CalendarTestData;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.notify.Outbox;
import cn.gridbot.worker.Workers;

/** The event use cases wired on in-memory stores, the way Spring wires them on the real ones. */
public final class EventFixture {

    public final EventIntake intake;
    public final ResidentActions actions;
    public final WorkerActions workerActions;
    public final SelfReports selfReports;

    public EventFixture(GridEvents events, EventNumbers numbers, Workers workers, Outbox outbox, GridCatalog grids,
            Clock clock, GridbotSettings settings) {
        DeadlinePolicy deadlines = new DeadlinePolicy(CalendarTestData.shipped(), new DeadlineSettings(Duration.ofMinutes(15),
                Duration.ofDays(1), Duration.ofHours(4), 3, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(1),
                Duration.ofDays(7), Map.of()), settings);
        TaskNotices tasks = new TaskNotices(outbox, grids, workers, settings);
        Dispatch dispatch = new Dispatch(new WorkerAssignment(workers, events), deadlines, tasks, grids);
        intake = new EventIntake(events, numbers, dispatch, clock, settings);
        actions = new ResidentActions(events, dispatch, tasks, clock);
        workerActions = new WorkerActions(events, new ResidentNotices(outbox), tasks, clock);
        selfReports = new SelfReports(events, numbers, deadlines, dispatch, clock, settings);
    }

    /** Numbers {@code yyyyMMdd-0001} upwards, as the Redis counter hands them out. */
    public static EventNumbers counter() {
        return new EventNumbers() {
            private int next;

            @Override
            public synchronized String next(java.time.LocalDate day) {
                return day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%04d", ++next);
            }

            @Override
            public void resync(java.time.LocalDate day) {
                // A single counter in memory is never behind.
            }
        };
    }
}

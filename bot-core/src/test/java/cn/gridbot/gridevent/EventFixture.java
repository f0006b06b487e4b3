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
    public final Extensions extensions;

    public EventFixture(GridEvents events, EventNumbers numbers, Workers workers, Outbox outbox, GridCatalog grids,
            Clock clock, GridbotSettings settings) {
        DeadlinePolicy deadlines = new DeadlinePolicy(CalendarTestData.shipped(), new DeadlineSettings(Duration.ofMinutes(15),
                Duration.ofDays(1), Duration.ofHours(4), 3, LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(1),
                Duration.ofDays(7), Map.of()), settings);
        TaskNotices tasks = new TaskNotices(outbox, grids, workers, settings);
        Dispatch dispatch = new Dispatch(new WorkerAssignment(workers, events), deadlines, tasks, grids);
        MergedReports merged = noneMerged();
        intake = new EventIntake(events, numbers, dispatch, new DuplicateCheck(merged,
                new MergeSettings(false, Duration.ofHours(72), 100, null)), clock, settings);
        actions = new ResidentActions(events, dispatch, tasks, merged, clock);
        workerActions = new WorkerActions(events, new ResidentNotices(outbox, merged), tasks, clock);
        selfReports = new SelfReports(events, numbers, deadlines, dispatch, clock, settings);
        extensions = new Extensions(events, new InMemoryExtensionRequests(), deadlines, new ExtensionNotices(outbox, settings),
                workers, clock, settings);
    }

    /** The dialog's unit tests merge nothing (the merge is tested against the database, MergeIT). */
    private static MergedReports noneMerged() {
        return new MergedReports() {
            @Override
            public java.util.List<Candidate> openCandidates(String gridCode, cn.gridbot.classify.Category category,
                    java.time.Instant since, int limit) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<Merged> mergedInto(String mainNumber) {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<String> latestUnratedMerged(String openid) {
                return java.util.Optional.empty();
            }
        };
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

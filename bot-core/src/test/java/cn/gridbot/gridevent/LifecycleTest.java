package cn.gridbot.gridevent;

import static cn.gridbot.gridevent.EventStatus.ACCEPTED;
import static cn.gridbot.gridevent.EventStatus.ASSIGNED;
import static cn.gridbot.gridevent.EventStatus.CLOSED;
import static cn.gridbot.gridevent.EventStatus.ESCALATED;
import static cn.gridbot.gridevent.EventStatus.MERGED;
import static cn.gridbot.gridevent.EventStatus.REOPENED;
import static cn.gridbot.gridevent.EventStatus.REPORTED;
import static cn.gridbot.gridevent.EventStatus.RESOLVED;
import static cn.gridbot.gridevent.EventStatus.RETURNED;
import static cn.gridbot.gridevent.GridEventTestData.NOON;
import static cn.gridbot.gridevent.GridEventTestData.anEvent;
import static cn.gridbot.gridevent.GridEventTestData.grid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.grid.UnitLevel;

/**
 * Every action on an event in every state: allowed exactly where the lifecycle (README "Event lifecycle")
 * allows it, refused everywhere else with {@link IllegalTransition} and nothing changed. The table below is
 * written from the lifecycle, not from the code.
 */
class LifecycleTest {

    private static final Instant LATER = NOON.plus(Duration.ofHours(1));
    private static final Actor HOLDER = Actor.worker("W1");
    /** A photo is kept beside the event (with its own time), not a change of the event's state. */
    private static final String PHOTO = "attach a resolution photo";

    /** Each action, and the states it is allowed in. */
    private static final Map<String, Set<EventStatus>> ALLOWED = Map.ofEntries(
            Map.entry("assign", EnumSet.of(REPORTED, ASSIGNED, RETURNED, ESCALATED, REOPENED)),
            Map.entry("reassign to another grid", EnumSet.of(REPORTED, ASSIGNED, RETURNED, ESCALATED, REOPENED)),
            Map.entry("sign for", EnumSet.of(ASSIGNED)),
            Map.entry("resolve", EnumSet.of(ACCEPTED)),
            Map.entry("attach a resolution photo", EnumSet.of(ACCEPTED, RESOLVED, CLOSED)),
            Map.entry("return", EnumSet.of(ASSIGNED, ACCEPTED)),
            Map.entry("escalate", EnumSet.of(ASSIGNED, ACCEPTED)),
            Map.entry("withdraw", EnumSet.of(REPORTED, ASSIGNED)),
            Map.entry("close", EnumSet.of(RESOLVED)),
            Map.entry("reopen", EnumSet.of(RESOLVED, CLOSED)),
            Map.entry("rate", EnumSet.of(RESOLVED, CLOSED, MERGED)),
            Map.entry("merge into another event", EnumSet.of(REPORTED)),
            Map.entry("unmerge", EnumSet.of(MERGED)),
            Map.entry("follow up, satisfied", EnumSet.of(RESOLVED, CLOSED)),
            Map.entry("follow up, unsatisfied", EnumSet.of(RESOLVED, CLOSED)),
            Map.entry("locate", EnumSet.of(REPORTED, RETURNED, ESCALATED)),
            Map.entry("queue", EnumSet.of(REPORTED, RETURNED, ESCALATED, REOPENED)),
            Map.entry("transfer to a department", EnumSet.of(REPORTED, ASSIGNED, ACCEPTED, RETURNED, ESCALATED, REOPENED)),
            Map.entry("ask for more time", EnumSet.of(ASSIGNED, ACCEPTED)),
            Map.entry("approve more time", EnumSet.of(ASSIGNED, ACCEPTED)),
            Map.entry("remind of the sign-for", EnumSet.of(ASSIGNED)),
            Map.entry("mark overdue", EnumSet.of(REPORTED, ASSIGNED, ACCEPTED, RETURNED, ESCALATED, REOPENED)));

    private static final Map<String, Consumer<GridEvent>> ACTIONS = Map.ofEntries(
            Map.entry("assign", e -> e.assignTo("W1", deadlines(), Actor.SYSTEM, LATER, null)),
            Map.entry("reassign to another grid", e -> e.assignTo("W9", grid("G9"), deadlines(), Actor.supervisor("督查"), LATER, null)),
            Map.entry("sign for", e -> e.accept(HOLDER, LATER)),
            Map.entry("resolve", e -> e.resolve(HOLDER, "已处理", LATER)),
            Map.entry("attach a resolution photo", e -> e.resolutionPhoto(HOLDER, "m1", "http://p/1.jpg", LATER)),
            Map.entry("return", e -> e.returnToDispatcher(HOLDER, "不属于本网格", LATER)),
            Map.entry("escalate", e -> e.escalate(HOLDER, "需要部门处理", LATER)),
            Map.entry("withdraw", e -> e.cancel(Actor.RESIDENT, "居民撤销", LATER)),
            Map.entry("close", e -> e.close(Actor.supervisor("督查"), "核实办结", LATER)),
            Map.entry("reopen", e -> e.reopen(Actor.supervisor("督查"), "复核不合格", LATER)),
            Map.entry("rate", e -> e.rate(4, LATER)),
            Map.entry("merge into another event", e -> e.mergeInto("20261127-0001", Actor.SYSTEM, LATER)),
            Map.entry("unmerge", e -> e.unmerge(Actor.supervisor("督查"), LATER, "不是同一件事")),
            Map.entry("follow up, satisfied", e -> e.followUp(FollowUp.Result.SATISFIED, "修好了", Actor.supervisor("督查"), LATER)),
            Map.entry("follow up, unsatisfied", e -> e.followUp(FollowUp.Result.UNSATISFIED, "又坏了", Actor.supervisor("督查"),
                    LATER)),
            Map.entry("locate", e -> e.locate(grid("G2"), MatchedBy.LOCATION, null, "幸福路1号", Actor.RESIDENT, LATER)),
            Map.entry("queue", e -> e.queue(QueueReason.NO_REACHABLE_WORKER, Actor.SYSTEM, LATER)),
            Map.entry("transfer to a department", e -> e.transferTo(department(), "B1", deadlines(), Actor.supervisor("督查"),
                    LATER, "转住建")),
            Map.entry("ask for more time", e -> e.requestExtension(HOLDER, 2, "等待配件", LATER)),
            Map.entry("approve more time", e -> e.decideExtension(NOON.plus(Duration.ofDays(5)), Actor.supervisor("督查"), LATER,
                    "批准延期")),
            Map.entry("remind of the sign-for", e -> e.markSignReminded(LATER)),
            Map.entry("mark overdue", e -> e.markOverdue(LATER)));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (EventStatus status : EventStatus.values()) {
            for (String action : ACTIONS.keySet()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndAction")
    void anActionIsAllowedExactlyWhereTheLifecycleAllowsIt(EventStatus status, String action) {
        GridEvent event = eventIn(status);
        GridEvent.State before = event.state();
        if (ALLOWED.get(action).contains(status)) {
            ACTIONS.get(action).accept(event);
            if (!PHOTO.equals(action)) {
                assertThat(event.updatedAt()).as("the change is stamped").isEqualTo(LATER);
            }
        } else {
            assertThatThrownBy(() -> ACTIONS.get(action).accept(event)).isInstanceOf(IllegalTransition.class);
            assertThat(event.state()).as("a refused action changes nothing").isEqualTo(before);
            assertThat(event.takeUnsavedTimeline()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusChanges")
    void everyChangeOfStateIsInTheTimeline(String action, EventStatus from) {
        GridEvent event = eventIn(from);
        ACTIONS.get(action).accept(event);
        List<TimelineEntry> recorded = event.takeUnsavedTimeline();
        assertThat(recorded).as("recorded").isNotEmpty();
        assertThat(recorded.get(recorded.size() - 1).to()).isEqualTo(event.status());
        assertThat(recorded.get(0).from()).isEqualTo(from);
    }

    static Stream<Arguments> statusChanges() {
        return ALLOWED.entrySet().stream()
                .filter(a -> !a.getKey().equals(PHOTO) && !a.getKey().startsWith("remind")
                        && !a.getKey().equals("mark overdue"))
                .flatMap(a -> a.getValue().stream().map(s -> Arguments.of(a.getKey(), s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workerActions")
    void aWorkerWhoDoesNotHoldTheEventIsRefused(String action, EventStatus status, Consumer<GridEvent> byAnotherWorker) {
        GridEvent event = eventIn(status);
        assertThatThrownBy(() -> byAnotherWorker.accept(event)).isInstanceOf(cn.gridbot.common.DomainException.class)
                .hasMessageContaining("not assigned to worker W2");
    }

    static Stream<Arguments> workerActions() {
        Actor other = Actor.worker("W2");
        return Stream.of(
                Arguments.of("sign for", ASSIGNED, (Consumer<GridEvent>) e -> e.accept(other, LATER)),
                Arguments.of("resolve", ACCEPTED, (Consumer<GridEvent>) e -> e.resolve(other, "已处理", LATER)),
                Arguments.of("attach a resolution photo", RESOLVED, (Consumer<GridEvent>) e -> e.resolutionPhoto(other, "m", "u", LATER)),
                Arguments.of("return", ASSIGNED, (Consumer<GridEvent>) e -> e.returnToDispatcher(other, "x", LATER)),
                Arguments.of("escalate", ACCEPTED, (Consumer<GridEvent>) e -> e.escalate(other, "x", LATER)));
    }

    /** An event of grid G1 in this state, held by W1 wherever someone holds it, not yet rated. */
    private static GridEvent eventIn(EventStatus status) {
        GridEvent.State s = anEvent().assignedTo("W1").build().state();
        String assignee = status == REPORTED || status == RETURNED ? null : "W1";
        GridEvent.State in = new GridEvent.State(1L, s.number(), status, assignee, s.report(), s.placement(), deadlines(),
                new Milestones(NOON, NOON, status == CLOSED ? NOON : null), Outcome.NONE, Marks.NONE, NOON, NOON, 0);
        return GridEvent.restore(in, List.of());
    }

    private static GridUnit department() {
        return new GridUnit("D1", "住建局", UnitLevel.DEPARTMENT, "T", "/T/D1/", List.of(), null, List.of(Category.MUNICIPAL));
    }

    private static Deadlines deadlines() {
        return new Deadlines(NOON.plus(Duration.ofHours(4)), NOON.plus(Duration.ofDays(3)));
    }
}

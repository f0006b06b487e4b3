package cn.gridbot.gridevent;

import static cn.gridbot.gridevent.GridEventTestData.NOON;
import static cn.gridbot.gridevent.GridEventTestData.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.gridbot.common.DomainException;

class GridEventTest {

    private static final Deadlines DEADLINES = new Deadlines(NOON.plus(Duration.ofHours(4)), NOON.plus(Duration.ofDays(3)));

    @Test
    void aNewEventIsReportedWithItsFirstTimelineEntry() {
        GridEvent event = anEvent().build();
        assertThat(event.status()).isEqualTo(EventStatus.REPORTED);
        assertThat(event.timeline()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(EventStatus.REPORTED);
            assertThat(t.actor()).isEqualTo(Actor.RESIDENT);
        });
    }

    @Test
    void followsTheMainPathToClosureRecordingEachStep() {
        GridEvent event = anEvent().assignedTo("W1").resolved().build();
        event.close(Actor.SYSTEM, "7 天未评价", NOON.plus(Duration.ofDays(7)));
        assertThat(event.timeline()).extracting(TimelineEntry::to).containsExactly(EventStatus.REPORTED,
                EventStatus.ASSIGNED, EventStatus.ACCEPTED, EventStatus.RESOLVED, EventStatus.CLOSED);
        assertThat(event.timeline().get(2).from()).isEqualTo(EventStatus.ASSIGNED);
    }

    @Test
    void rejectsSignForClosedEvent() {
        GridEvent event = anEvent().assignedTo("W1").resolved().build();
        assertThatThrownBy(() -> event.accept(Actor.worker("W1"), NOON)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("RESOLVED");
    }

    @Test
    void onlyTheAssigneeSignsFor() {
        GridEvent event = anEvent().assignedTo("W1").build();
        assertThatThrownBy(() -> event.accept(Actor.worker("W2"), NOON)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void aReturnedEventGoesBackToTheDispatcherAndCanBeAssignedAgain() {
        GridEvent event = anEvent().assignedTo("W1").build();
        event.returnToDispatcher(Actor.worker("W1"), "不是我网格的", NOON);
        assertThat(event.assigneeCode()).isNull();
        event.assignTo("W2", DEADLINES, Actor.supervisor("centre"), NOON, null);
        assertThat(event.status()).isEqualTo(EventStatus.ASSIGNED);
        assertThat(event.assigneeCode()).isEqualTo("W2");
    }

    @Test
    void withdrawalIsOnlyPossibleBeforeSignFor() {
        GridEvent reported = anEvent().build();
        reported.cancel(Actor.RESIDENT, null, NOON);
        assertThat(reported.status()).isEqualTo(EventStatus.CANCELLED);
        GridEvent accepted = anEvent().assignedTo("W1").accepted().build();
        assertThatThrownBy(() -> accepted.cancel(Actor.RESIDENT, null, NOON)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aLowRatingReopensAndFlagsTheEvent() {
        GridEvent event = anEvent().assignedTo("W1").resolved().build();
        event.rate(2, NOON.plus(Duration.ofDays(1)));
        assertThat(event.status()).isEqualTo(EventStatus.REOPENED);
        assertThat(event.flagged()).isTrue();
        assertThat(event.rating()).isEqualTo(2);
        event.assignTo("W1", DEADLINES, Actor.supervisor("centre"), NOON, null);
        assertThat(event.status()).isEqualTo(EventStatus.ASSIGNED);
    }

    @Test
    void aGoodRatingClosesTheEvent() {
        GridEvent event = anEvent().assignedTo("W1").resolved().build();
        event.rate(5, NOON.plus(Duration.ofDays(1)));
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        assertThatThrownBy(() -> event.rate(4, NOON)).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesTransitionsTheLifecycleDoesNotHave() {
        assertThatThrownBy(() -> anEvent().build().resolve(Actor.worker("W1"), "done", NOON))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> anEvent().build().close(Actor.SYSTEM, null, NOON)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> anEvent().assignedTo("W1").build().reopen(Actor.SYSTEM, null, NOON))
                .isInstanceOf(IllegalTransition.class);
        GridEvent cancelled = anEvent().build();
        cancelled.cancel(Actor.RESIDENT, null, NOON);
        assertThatThrownBy(() -> cancelled.assignTo("W1", DEADLINES, Actor.SYSTEM, NOON, null))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void resolvingAfterTheDeadlineMarksTheEventOverdue() {
        GridEvent event = anEvent().assignedTo("W1").accepted().build();
        event.resolve(Actor.worker("W1"), "done", NOON.plus(Duration.ofDays(4)));
        assertThat(event.overdue()).isTrue();
    }
}

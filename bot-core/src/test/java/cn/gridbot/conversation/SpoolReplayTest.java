package cn.gridbot.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A spooled message whose replay fails as itself — even by overflowing the stack — is counted towards parking and
 * the replay stops for this round, rather than escaping the scheduler and being tried at the head of the spool
 * forever (README "Failure behaviour").
 */
class SpoolReplayTest {

    private final MessageSpool spool = mock(MessageSpool.class);
    private final ExactlyOnce once = mock(ExactlyOnce.class);
    private final DatabaseBreaker database = new DatabaseBreaker();
    private final SpoolReplay replay = new SpoolReplay(spool, once, database,
            new IntakeSettings(Duration.ofSeconds(4), 2, 5, 2, 64));

    @Test
    void aMessageThatOverflowsTheStackIsCountedAsAFailedReplayNotThrown() {
        InboundMessage poison = text("81");
        when(spool.pendingCount()).thenReturn(1);
        when(spool.pending(anyInt())).thenReturn(List.of(new MessageSpool.Entry(3, poison, Instant.EPOCH, 4, "StackOverflowError")));
        when(once.replay(poison)).thenThrow(new StackOverflowError());
        when(spool.failed(3, "StackOverflowError", 5)).thenReturn(true);

        replay.replayPending();

        verify(spool).failed(eq(3L), eq("StackOverflowError"), eq(5));
        verify(spool, never()).done(3);
    }

    @Test
    void aClassThatFailedToInitialiseFailsTheMessageAndGivesTheDatabasePermitBack() {
        InboundMessage broken = text("82");
        when(spool.pendingCount()).thenReturn(1);
        when(spool.pending(anyInt())).thenReturn(List.of(new MessageSpool.Entry(4, broken, Instant.EPOCH, 0, null)));
        when(once.replay(broken)).thenThrow(new NoClassDefFoundError("cn/gridbot/classify/SomeRule"));

        replay.replayPending();

        verify(spool).failed(eq(4L), eq("NoClassDefFoundError"), eq(5));
        assertTrue(database.tryAcquire(), "the breaker's permit is given back");
    }

    private static InboundMessage text(String msgId) {
        return new InboundMessage("o-resident", MessageKind.TEXT, 1_764_800_000L, msgId, "路灯坏了", null, null, null, null,
                null, null, null);
    }
}

package cn.gridbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.TransactionSystemException;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;

/**
 * What a resident is answered when the message cannot be handled now: whatever the reason, a possible emergency gets
 * the numbers to call first (README "Failure behaviour"). The portal tests drive the outage itself
 * ({@code DatabaseOutageIT}); these drive the failures that are hard to cause through it.
 */
class InboundGatewayTest {

    private static final String FIRE = "隔壁仓库着火了，烟好大";
    private static final String LAMP = "路灯坏了好几天了";

    private final ExactlyOnce once = mock(ExactlyOnce.class);
    private final MessageSpool spool = mock(MessageSpool.class);
    private final DatabaseBreaker database = new DatabaseBreaker();
    private final InboundGateway gateway = new InboundGateway(once, text -> text.contains("着火")
            ? new Classification(Category.EMERGENCY, 0.95) : new Classification(Category.MUNICIPAL, 0.95), spool,
            database, new IntakeSettings(Duration.ofSeconds(4), 2, 5, 2, 64), Clock.systemUTC());

    @AfterEach
    void stop() {
        gateway.destroy();
    }

    @Test
    void aConnectionLostMidStatementWhoseRollbackFailsTooIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new RecoverableDataAccessException("insert",
                new SQLRecoverableException("Communications link failure")));
        when(once.handle(any())).thenThrow(rollback);

        Reply first = gateway.receive(text(FIRE, "1"), System.nanoTime());
        gateway.receive(text(LAMP, "2"), System.nanoTime());

        assertEquals(EmergencyAdvice.forText(FIRE) + "\n" + InboundGateway.BUSY, first.text());
        verify(spool, times(2)).append(any(), any());
        assertFalse(database.available(), "two such failures open the database circuit, as an outage does");
    }

    @Test
    void anUnexpectedFailureStillTellsAnEmergencyWhatToDoFirst() {
        when(once.handle(any())).thenThrow(new IllegalStateException("a bug"));

        Reply fire = gateway.receive(text(FIRE, "1"), System.nanoTime());
        Reply lamp = gateway.receive(text(LAMP, "2"), System.nanoTime());

        assertEquals(EmergencyAdvice.forText(FIRE) + "\n" + InboundGateway.OOPS, fire.text());
        assertEquals(InboundGateway.OOPS, lamp.text());
        assertTrue(database.available(), "a bug says nothing of the database");
    }

    @Test
    void aMessageTheSpoolCannotKeepStillTellsAnEmergencyWhatToDoFirst() {
        when(once.handle(any())).thenThrow(new IllegalStateException("a bug"));
        when(spool.append(any(), any())).thenThrow(new IllegalStateException("disk full"));

        Reply fire = gateway.receive(text(FIRE, "1"), System.nanoTime());

        assertEquals(EmergencyAdvice.forText(FIRE) + "\n" + InboundGateway.OOPS, fire.text());
    }

    @Test
    void wordsThatOverflowTheClassifiersStackAreStillAnsweredAndSpooled() {
        InboundGateway overflowing = new InboundGateway(once, text -> {
            throw new StackOverflowError();
        }, spool, database, new IntakeSettings(Duration.ofSeconds(4), 2, 5, 2, 64), Clock.systemUTC());
        when(once.handle(any())).thenAnswer(call -> {
            throw new StackOverflowError();
        });
        try {
            assertEquals(InboundGateway.OOPS, overflowing.receive(text(LAMP, "1"), System.nanoTime()).text());
            verify(spool).append(any(), any());
        } finally {
            overflowing.destroy();
        }
    }

    private static InboundMessage text(String words, String msgId) {
        return new InboundMessage("o-resident", MessageKind.TEXT, 1_764_800_000L, msgId, words, null, null, null, null,
                null, null, null);
    }
}

package cn.gridbot.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final String WORDS = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M 隔壁仓库着火了";

    @Test
    void namesGiveTheClassesOfTheChainAndNoneOfItsMessages() {
        RuntimeException failure = new IllegalStateException("could not send " + WORDS,
                new SocketTimeoutException("Read timed out " + WORDS));
        assertEquals("IllegalStateException <- SocketTimeoutException", Failures.names(failure));
    }

    @Test
    void withoutMessagesKeepsTheClassesAndStackAndDropsTheWords() {
        RuntimeException failure = new IllegalStateException("duplicate entry '" + WORDS + "'",
                new IllegalArgumentException(WORDS));
        Throwable scrubbed = Failures.withoutMessages(failure);
        assertArrayEquals(failure.getStackTrace(), scrubbed.getStackTrace());
        assertEquals("java.lang.IllegalStateException", scrubbed.toString());
        assertEquals("java.lang.IllegalArgumentException", scrubbed.getCause().toString());
        for (Throwable t = scrubbed; t != null; t = t.getCause()) {
            assertNull(t.getMessage(), t.toString());
        }
    }
}

package cn.gridbot.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    void withoutMessagesKeepsTheStackAndDropsTheWords() {
        RuntimeException failure = new IllegalStateException("duplicate entry '" + WORDS + "'",
                new IllegalArgumentException(WORDS));
        StringWriter printed = new StringWriter();
        Failures.withoutMessages(failure).printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains("o6_bmjrPTlm6"), printed.toString());
        assertFalse(printed.toString().contains("着火"), printed.toString());
        assertTrue(printed.toString().contains("java.lang.IllegalArgumentException"), printed.toString());
    }
}

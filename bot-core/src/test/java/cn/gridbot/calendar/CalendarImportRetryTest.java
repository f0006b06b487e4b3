package cn.gridbot.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The start-up load of the shipped calendar while the database is away: it must not stop the application (a
 * {@code CannotCreateTransactionException} from the runner failed the whole start, as the own-server outage check
 * of 2026-12-06 found when the database was killed right after start-up), and it loads once the database is back.
 */
class CalendarImportRetryTest {

    private final Map<Integer, List<CalendarDay>> stored = new TreeMap<>();
    private final CalendarDays days = new CalendarDays() {
        @Override
        public List<CalendarDay> findAll() {
            return stored.values().stream().flatMap(List::stream).toList();
        }

        @Override
        public List<CalendarDay> findYear(int year) {
            return stored.getOrDefault(year, List.of());
        }

        @Override
        public void replaceYear(int year, List<CalendarDay> rows) {
            stored.put(year, new ArrayList<>(rows));
        }

        @Override
        public String fingerprint() {
            return String.valueOf(stored.hashCode());
        }
    };
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final TaskScheduler scheduler = mock(TaskScheduler.class);
    private final CalendarImport load = new CalendarImport(days, new WorkingCalendar(days), transactions, scheduler,
            Duration.ofSeconds(30));

    @Test
    void theDatabaseAwayAtStartUpIsTriedAgainLaterAndTheYearsLoadOnceItIsBack() {
        when(transactions.getTransaction(any()))
                .thenThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"))
                .thenReturn(new SimpleTransactionStatus());

        load.run(null);

        ArgumentCaptor<Runnable> again = ArgumentCaptor.forClass(Runnable.class);
        ArgumentCaptor<Instant> at = ArgumentCaptor.forClass(Instant.class);
        Mockito.verify(scheduler).schedule(again.capture(), at.capture());
        assertTrue(stored.isEmpty(), "nothing loaded while the database is away");
        assertTrue(at.getValue().isAfter(Instant.now().plusSeconds(25)), "tried again after the retry interval");

        again.getValue().run();

        assertFalse(stored.isEmpty(), "the shipped years load once the database is back");
        Mockito.verify(scheduler, Mockito.times(1)).schedule(any(Runnable.class), any(Instant.class));
    }

    @Test
    void anotherFailureStillStopsTheStart() {
        when(transactions.getTransaction(any())).thenThrow(new IllegalStateException("a bug, not an outage"));

        assertEquals("a bug, not an outage", assertThrows(IllegalStateException.class, () -> load.run(null)).getMessage());
        Mockito.verifyNoInteractions(scheduler);
    }
}

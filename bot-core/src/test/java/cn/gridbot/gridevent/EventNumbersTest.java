package cn.gridbot.gridevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link EventNumbers#withNextNumber}: a counter behind the stored numbers is moved on, and the event stored. */
class EventNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** A day's counter that starts at 1 whatever is stored, as Redis's does after an outage; resync moves it on. */
    private static final class Behind implements EventNumbers {
        final Set<String> stored;
        int counter;
        int resyncs;

        Behind(Set<String> stored) {
            this.stored = stored;
        }

        @Override
        public String next(LocalDate day) {
            return "20261124-000" + ++counter;
        }

        @Override
        public void resync(LocalDate day) {
            resyncs++;
            counter = Math.max(counter, stored.size());
        }

        String store(String number) {
            if (stored.contains(number)) {
                throw new GridEvents.NumberTaken(number);
            }
            return number;
        }
    }

    @Test
    void aNumberFoundTakenMovesTheCounterOnAndTheEventIsStoredUnderTheNext() {
        Behind numbers = new Behind(Set.of("20261124-0001", "20261124-0002", "20261124-0003"));
        List<String> tried = new ArrayList<>();

        String stored = numbers.withNextNumber(DAY, number -> {
            tried.add(number);
            return numbers.store(number);
        });

        assertThat(tried).containsExactly("20261124-0001", "20261124-0004");
        assertThat(stored).isEqualTo("20261124-0004");
        assertThat(numbers.resyncs).isEqualTo(1);
    }

    @Test
    void aNumberFreeAtOnceIsStoredWithoutResynchronising() {
        Behind numbers = new Behind(Set.of());

        assertThat(numbers.withNextNumber(DAY, numbers::store)).isEqualTo("20261124-0001");
        assertThat(numbers.resyncs).isZero();
    }

    @Test
    void aCounterThatStaysBehindGivesUpAfterFiveNumbers() {
        EventNumbers stuck = new EventNumbers() {
            @Override
            public String next(LocalDate day) {
                return "20261124-0001";
            }

            @Override
            public void resync(LocalDate day) {
                // cannot move on
            }
        };
        List<String> tried = new ArrayList<>();

        assertThatThrownBy(() -> stuck.withNextNumber(DAY, number -> {
            tried.add(number);
            throw new GridEvents.NumberTaken(number);
        })).isInstanceOf(GridEvents.NumberTaken.class);
        assertThat(tried).hasSize(EventNumbers.ATTEMPTS);
    }
}

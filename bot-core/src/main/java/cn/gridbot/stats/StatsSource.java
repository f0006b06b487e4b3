package cn.gridbot.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where the figures come from: the kept counters for big scopes, the events themselves for small ones. */
public interface StatsSource {

    /** Counter rows of a bucket level ("T" township, "C" community) under {@code path}, for days {@code from}..{@code to}. */
    List<StatsRow> counters(String level, String path, LocalDate from, LocalDate to);

    /** The same figures computed from the events under {@code path} received in [{@code from}, {@code to}), by unit. */
    List<StatsRow> events(String path, Instant from, Instant to);

    /** Rebuilds every counter from the events (after a bulk load, or to repair). */
    void rebuild(int offsetSeconds);
}

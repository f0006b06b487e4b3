package cn.gridbot.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The kept counters (event_stats), read by unit and day, and rebuilt from the events. */
public interface StatsSource {

    /** The counters of {@code level} kept for the units {@code unitCodes}, days {@code from}..{@code to}, by unit and category. */
    List<StatsRow> counters(StatsLevel level, Collection<String> unitCodes, LocalDate from, LocalDate to);

    /**
     * The departments under {@code unitPath} (their code as {@code unitCode}, category null): the events created in
     * [from, to) under the unit that a worker of the department holds now, counted as the counters count events.
     */
    List<StatsRow> heldByDepartments(String unitPath, Instant from, Instant to);

    /**
     * Recounts every counter from the events (after a bulk load, or to repair): each event in the bucket
     * {@code buckets} gives its unit at each level, on the local day its creation falls on at {@code offsetSeconds};
     * and the event list's per-unit totals with them.
     */
    void rebuild(List<Bucket> buckets, int offsetSeconds);

    /** Where the events of {@code unitCode} count at {@code level}. */
    record Bucket(StatsLevel level, String unitCode, String bucketCode, String bucketPath) {
    }
}

package cn.gridbot.stats.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.gridevent.Deadlines;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.Milestones;
import cn.gridbot.stats.StatsLevel;

/**
 * What one event adds to the statistics counters as it stands, in its three buckets (township, community
 * and grid of the day it was received, {@link StatsLevel}). A change is the new contribution minus the old one.
 */
record StatsDelta(LocalDate day, String level, String unitCode, String unitPath, String category, int received,
        int cancelled, int resolved, int resolvedOnTime, int signed, int signedOnTime, int overdue, int rated,
        int ratingSum, int urgent, int merged) {

    /** The counter row a delta adds to. */
    record Bucket(LocalDate day, String level, String unitCode, String category) implements Comparable<Bucket> {

        private static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::day).thenComparing(Bucket::level)
                .thenComparing(Bucket::unitCode).thenComparing(Bucket::category);

        @Override
        public int compareTo(Bucket other) {
            return ORDER.compare(this, other);
        }
    }

    Bucket bucket() {
        return new Bucket(day, level, unitCode, category);
    }

    static List<StatsDelta> change(GridEvent.State before, GridEvent.State after, GridDirectory grids, ZoneId zone) {
        List<StatsDelta> deltas = new ArrayList<>();
        if (before != null) {
            contributions(before, grids, zone, -1).forEach(deltas::add);
        }
        contributions(after, grids, zone, 1).forEach(deltas::add);
        return merge(deltas);
    }

    private static List<StatsDelta> contributions(GridEvent.State s, GridDirectory grids, ZoneId zone, int sign) {
        LocalDate day = LocalDate.ofInstant(s.createdAt(), zone);
        Milestones m = s.milestones();
        Deadlines due = s.deadlines();
        boolean cancelled = s.status() == EventStatus.CANCELLED;
        boolean resolved = EventStatus.DONE.contains(s.status());
        boolean onTime = resolved && m.resolvedAt() != null
                && (due.resolveBy() == null || !m.resolvedAt().isAfter(due.resolveBy()));
        boolean signed = m.acceptedAt() != null;
        boolean signedOnTime = signed && (due.signBy() == null || !m.acceptedAt().isAfter(due.signBy()));
        int rating = s.outcome().rating() == null ? 0 : s.outcome().rating();
        boolean merged = s.status() == EventStatus.MERGED;
        String unitCode = s.placement().unitCode();
        List<StatsDelta> rows = new ArrayList<>();
        for (StatsLevel level : StatsLevel.values()) {
            Optional<GridUnit> bucket = level.bucketOf(unitCode, grids);
            String code = bucket.map(GridUnit::code).orElse(unitCode);
            String path = bucket.map(GridUnit::path).orElse(s.placement().unitPath());
            rows.add(new StatsDelta(day, level.code(), code, path, s.report().category().name(), sign * (cancelled ? 0 : 1),
                    sign * (cancelled ? 1 : 0), sign * (resolved ? 1 : 0), sign * (onTime ? 1 : 0), sign * (signed ? 1 : 0),
                    sign * (signedOnTime ? 1 : 0), sign * (s.marks().overdue() && !cancelled ? 1 : 0),
                    sign * (rating > 0 ? 1 : 0), sign * rating, sign * (s.report().urgent() ? 1 : 0), sign * (merged ? 1 : 0)));
        }
        return rows;
    }

    /** Adds up deltas of the same bucket and drops those that cancel out. */
    private static List<StatsDelta> merge(List<StatsDelta> deltas) {
        Map<Bucket, StatsDelta> merged = new LinkedHashMap<>();
        deltas.forEach(d -> merged.merge(d.bucket(), d, StatsDelta::plus));
        return merged.values().stream().filter(d -> !d.isZero()).toList();
    }

    StatsDelta plus(StatsDelta o) {
        return new StatsDelta(day, level, unitCode, unitPath, category, received + o.received, cancelled + o.cancelled,
                resolved + o.resolved, resolvedOnTime + o.resolvedOnTime, signed + o.signed, signedOnTime + o.signedOnTime,
                overdue + o.overdue, rated + o.rated, ratingSum + o.ratingSum, urgent + o.urgent, merged + o.merged);
    }

    boolean isZero() {
        return received == 0 && cancelled == 0 && resolved == 0 && resolvedOnTime == 0 && signed == 0
                && signedOnTime == 0 && overdue == 0 && rated == 0 && ratingSum == 0 && urgent == 0 && merged == 0;
    }
}

package cn.gridbot.stats.persistence;

import cn.gridbot.stats.Figures;
import cn.gridbot.stats.StatsRow;

/** Summed counters of one unit and category. */
record FiguresRow(String unitCode, String category, long received, long cancelled, long resolved, long resolvedOnTime,
        long signed, long signedOnTime, long overdue, long rated, long ratingSum, long urgent, long merged) {

    StatsRow toRow() {
        return new StatsRow(unitCode, category, new Figures(received, cancelled, resolved, resolvedOnTime, signed,
                signedOnTime, overdue, rated, ratingSum, urgent, merged));
    }
}

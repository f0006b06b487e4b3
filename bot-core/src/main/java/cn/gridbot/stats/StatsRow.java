package cn.gridbot.stats;

/** Figures of one child unit and one category, as the store sums them. */
public record StatsRow(String unitCode, String category, Figures figures) {
}

package cn.gridbot.stats.persistence;

/** A change of how many events a unit holds ({@code event_unit_count}). */
record UnitCount(String unitCode, String path, int events) {
}

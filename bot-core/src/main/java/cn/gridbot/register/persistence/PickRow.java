package cn.gridbot.register.persistence;

/** A row of {@code register_pick}: the record ids offered, comma-separated, and the result and note given. */
record PickRow(String recordIds, String result, String note) {
}

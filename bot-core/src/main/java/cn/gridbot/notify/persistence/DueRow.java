package cn.gridbot.notify.persistence;

/** A due notification's id and recipient, for the dispatcher's lanes. */
record DueRow(long id, String recipientOpenid) {
}

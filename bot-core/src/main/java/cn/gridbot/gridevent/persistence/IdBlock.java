package cn.gridbot.gridevent.persistence;

/** A block of {@link MyBatisGridEvents#ID_BLOCK} consecutive event ids and how many events it holds. */
record IdBlock(long block, int events) {
}

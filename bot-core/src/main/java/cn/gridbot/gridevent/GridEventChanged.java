package cn.gridbot.gridevent;

/**
 * Published by the event store in the transaction of every insert ({@code before} null) and update, so that
 * what is kept from the events — the statistics counters, the per-unit totals — changes with them.
 */
public record GridEventChanged(GridEvent.State before, GridEvent.State after) {
}

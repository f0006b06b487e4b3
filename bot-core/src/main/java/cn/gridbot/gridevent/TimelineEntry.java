package cn.gridbot.gridevent;

import java.time.Instant;

/** One recorded transition of an event; {@code from} is null for the first report. */
public record TimelineEntry(Instant at, Actor actor, EventStatus from, EventStatus to, String note) {
}

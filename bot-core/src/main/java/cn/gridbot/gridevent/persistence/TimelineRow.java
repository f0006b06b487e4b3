package cn.gridbot.gridevent.persistence;

import java.time.Instant;

import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.TimelineEntry;

/** A row of {@code event_timeline}. */
record TimelineRow(Long eventId, Instant at, String actor, String fromStatus, String toStatus, String note) {

    static TimelineRow of(long eventId, TimelineEntry e) {
        return new TimelineRow(eventId, e.at(), e.actor().toString(), e.from() == null ? null : e.from().name(),
                e.to().name(), e.note());
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(at, Actor.parse(actor), fromStatus == null ? null : EventStatus.valueOf(fromStatus),
                EventStatus.valueOf(toStatus), note);
    }
}

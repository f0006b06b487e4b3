package cn.gridbot.app.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.TimelineEntry;

/**
 * An event as the side panel shows it: its state and the whole timeline, with people named as a
 * supervisor would say them ("网格员 张莉(W001)"). The reporter's openid is left out.
 */
record EventPanel(String number, String status, String statusLabel, String category, boolean urgent, String grid,
        String assignee, String description, String address, String createdAt, String signDeadline,
        String resolveDeadline, String resolution, Integer rating, boolean overdue, List<Step> timeline) {

    record Step(String time, String who, String from, String fromLabel, String to, String toLabel, String note) {
    }

    /** An event in a list: enough to pick it. */
    record Summary(String number, String category, String status, String statusLabel, String createdAt) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    /** {@code unitName} and {@code workerName} turn codes into the names people know. */
    static EventPanel of(GridEvent e, ZoneId zone, Function<String, String> unitName, Function<String, String> workerName) {
        List<Step> steps = e.timeline().stream().map(t -> step(t, zone, workerName)).toList();
        return new EventPanel(e.number(), e.status().name(), e.status().label(), e.category().label(), e.urgent(),
                unitName.apply(e.unitCode()), e.assigneeCode() == null ? null : workerName.apply(e.assigneeCode()),
                e.description(), e.address(), time(e.createdAt(), zone), time(e.signDeadline(), zone),
                time(e.resolveDeadline(), zone), e.resolution(), e.rating(), e.overdue(), steps);
    }

    static Summary summary(GridEvent e, ZoneId zone) {
        return new Summary(e.number(), e.category().label(), e.status().name(), e.status().label(), time(e.createdAt(), zone));
    }

    private static Step step(TimelineEntry t, ZoneId zone, Function<String, String> workerName) {
        return new Step(time(t.at(), zone), who(t.actor(), workerName), name(t.from()), label(t.from()), name(t.to()),
                label(t.to()), t.note());
    }

    private static String who(Actor actor, Function<String, String> workerName) {
        return switch (actor.kind()) {
            case RESIDENT -> "居民";
            case SYSTEM -> "系统";
            case WORKER -> "网格员 " + workerName.apply(actor.id());
            case SUPERVISOR -> "督查 " + (actor.id() == null ? "" : actor.id());
        };
    }

    private static String name(EventStatus status) {
        return status == null ? null : status.name();
    }

    private static String label(EventStatus status) {
        return status == null ? null : status.label();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }
}

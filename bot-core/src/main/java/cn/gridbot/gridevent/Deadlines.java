package cn.gridbot.gridevent;

import java.time.Instant;

/** The sign-for and resolve deadlines of an event assigned at a given moment. */
public record Deadlines(Instant signBy, Instant resolveBy) {

    static final Deadlines NONE = new Deadlines(null, null);
}

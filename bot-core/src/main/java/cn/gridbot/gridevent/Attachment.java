package cn.gridbot.gridevent;

import java.time.Instant;

/** A photo on an event: sent by the resident with the report, or by the worker with the resolution. */
public record Attachment(Kind kind, String mediaId, String url, Instant at) {

    public enum Kind { REPORT_PHOTO, RESOLUTION_PHOTO }
}

package cn.gridbot.gridevent;

import cn.gridbot.classify.Classification;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridMatch;

/**
 * What a new event starts from: the text, its classification and routing, who reported it and from where.
 * {@code dangerNotRuledOut}: a resident's complaint that is not urgent, although the classifier did not rule out a
 * danger happening now ({@link Classification#dangerNotRuledOut()}); its worker and its township centre are asked to
 * check by telephone (README "The reply as a safety net").
 */
public record NewReport(String description, Classification classification, boolean urgent, GridMatch match,
        String reporterOpenid, Source source, String address, GeoPoint location, boolean dangerNotRuledOut) {

    public NewReport {
        dangerNotRuledOut = dangerNotRuledOut && !urgent;
    }

    /** A report nobody judged for a danger happening now: a worker's, a register's, another system's. */
    public NewReport(String description, Classification classification, boolean urgent, GridMatch match,
            String reporterOpenid, Source source, String address, GeoPoint location) {
        this(description, classification, urgent, match, reporterOpenid, source, address, location, false);
    }
}

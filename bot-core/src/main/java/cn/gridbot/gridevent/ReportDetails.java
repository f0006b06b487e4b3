package cn.gridbot.gridevent;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GeoPoint;

/**
 * What was reported and by whom; only the place can be added to later. {@code dangerNotRuledOut}: a resident's
 * complaint filed under an ordinary category although the classifier did not rule out a danger happening now
 * ({@link NewReport#dangerNotRuledOut()}).
 */
public record ReportDetails(Category category, double confidence, boolean urgent, String reporterOpenid, Source source,
        String description, String address, GeoPoint location, boolean dangerNotRuledOut) {

    ReportDetails placedAt(String newAddress, GeoPoint newLocation) {
        return new ReportDetails(category, confidence, urgent, reporterOpenid, source, description,
                newAddress == null ? address : newAddress, newLocation == null ? location : newLocation,
                dangerNotRuledOut);
    }
}

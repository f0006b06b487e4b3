package cn.gridbot.gridevent;

import cn.gridbot.classify.Classification;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridMatch;

/** What a new event starts from: the text, its classification and routing, who reported it and from where. */
public record NewReport(String description, Classification classification, boolean urgent, GridMatch match,
        String reporterOpenid, Source source, String address, GeoPoint location) {
}

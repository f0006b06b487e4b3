package cn.gridbot.admin.patrol;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.gridbot.admin.event.Times;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.TrackPoint;

/**
 * A patrol as the API shows it; read alone it adds its {@code track}, a GeoJSON LineString of the points in the order
 * they were shared (WGS84, longitude first). The worker's note goes through the caller's {@link Disclosure}.
 */
record PatrolView(long id, String workerCode, String gridCode, OffsetDateTime startedAt, OffsetDateTime endedAt,
        int points, int insidePoints, double insideShare, boolean valid, boolean open, boolean autoEnded, String note,
        Map<String, Object> track) {

    static PatrolView of(Patrol p, ZoneId zone, Disclosure disclosure, List<TrackPoint> track) {
        return new PatrolView(p.id(), p.workerCode(), p.unitCode(), Times.show(p.startedAt(), zone),
                Times.show(p.endedAt(), zone), p.points(), p.insidePoints(), Math.round(p.insideShare() * 1000) / 1000.0,
                p.valid(), p.open(), p.autoEnded(), disclosure.text(p.note()), track == null ? null : lineString(track));
    }

    private static Map<String, Object> lineString(List<TrackPoint> track) {
        List<List<Double>> coordinates = track.stream()
                .map(t -> List.of(t.point().longitude(), t.point().latitude())).toList();
        return Map.of("type", "LineString", "coordinates", coordinates);
    }
}

package cn.gridbot.patrol.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gridbot.grid.GeoPoint;
import cn.gridbot.patrol.TrackPoint;

/** A row of {@code patrol_point}. */
record PointRow(Instant at, BigDecimal longitude, BigDecimal latitude, boolean inside) {

    static PointRow of(TrackPoint p) {
        return new PointRow(p.at(), BigDecimal.valueOf(p.point().longitude()), BigDecimal.valueOf(p.point().latitude()),
                p.inside());
    }

    TrackPoint toPoint() {
        return new TrackPoint(at, new GeoPoint(longitude.doubleValue(), latitude.doubleValue()), inside);
    }
}

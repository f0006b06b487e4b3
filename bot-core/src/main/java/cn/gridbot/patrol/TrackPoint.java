package cn.gridbot.patrol;

import java.time.Instant;

import cn.gridbot.grid.GeoPoint;

/** A location shared during a patrol, and whether it lay inside the worker's grid. */
public record TrackPoint(Instant at, GeoPoint point, boolean inside) {
}

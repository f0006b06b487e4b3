package cn.gridbot.grid;

import cn.gridbot.common.DomainException;

/** A WGS84 position, longitude first as in GeoJSON. */
public record GeoPoint(double longitude, double latitude) {

    public GeoPoint {
        if (!Double.isFinite(longitude) || !Double.isFinite(latitude)
                || Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
            throw DomainException.invalid("coordinates", "longitude must be within ±180 and latitude within ±90");
        }
    }
}

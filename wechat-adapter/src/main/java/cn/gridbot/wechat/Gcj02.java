package cn.gridbot.wechat;

import cn.gridbot.grid.GeoPoint;

/**
 * Converts GCJ-02 ("Mars") coordinates, which WeChat and Tencent Maps report in mainland China, back to
 * WGS84, the datum of the grid polygons. GCJ-02 shifts points by a few hundred metres — more than half
 * a town grid. The forward transform is the published one; the inverse is found by a few fixed-point
 * steps, accurate to well under a metre.
 */
final class Gcj02 {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private Gcj02() {
    }

    static GeoPoint toWgs84(GeoPoint gcj) {
        if (outsideChina(gcj.longitude(), gcj.latitude())) {
            return gcj;
        }
        double lon = gcj.longitude();
        double lat = gcj.latitude();
        for (int i = 0; i < 5; i++) {
            double[] shifted = fromWgs84(lon, lat);
            lon -= shifted[0] - gcj.longitude();
            lat -= shifted[1] - gcj.latitude();
        }
        return new GeoPoint(lon, lat);
    }

    static double[] fromWgs84(double lon, double lat) {
        double dLat = latitudeShift(lon - 105.0, lat - 35.0);
        double dLon = longitudeShift(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] { lon + dLon, lat + dLat };
    }

    private static boolean outsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double latitudeShift(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double longitudeShift(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}

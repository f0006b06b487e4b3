package cn.gridbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import cn.gridbot.grid.GeoPoint;

/** WeChat's GCJ-02 locations are converted back to the WGS84 of the grid polygons. */
class Gcj02Test {

    @Test
    void theShiftInAnyueIsHundredsOfMetresAndTheInverseUndoesIt() {
        GeoPoint wgs = new GeoPoint(105.330809, 30.105569);
        double[] gcj = Gcj02.fromWgs84(wgs.longitude(), wgs.latitude());
        double shiftMetres = Math.hypot((gcj[0] - wgs.longitude()) * 96_000, (gcj[1] - wgs.latitude()) * 111_000);
        assertThat(shiftMetres).isBetween(100.0, 800.0);
        GeoPoint back = Gcj02.toWgs84(new GeoPoint(gcj[0], gcj[1]));
        assertThat(back.longitude()).isCloseTo(wgs.longitude(), within(1e-6));
        assertThat(back.latitude()).isCloseTo(wgs.latitude(), within(1e-6));
    }

    @Test
    void pointsOutsideChinaAreLeftAlone() {
        GeoPoint paris = new GeoPoint(2.35, 48.85);
        assertThat(Gcj02.toWgs84(paris)).isEqualTo(paris);
    }
}

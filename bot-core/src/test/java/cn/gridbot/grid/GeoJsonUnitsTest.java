package cn.gridbot.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.gridbot.common.DomainException;
import tools.jackson.databind.json.JsonMapper;

/** Each feature is checked on its own; a bad one is set aside with its reason, the good ones go on. */
class GeoJsonUnitsTest {

    private final GeoJsonUnits geoJson = new GeoJsonUnits(JsonMapper.builder().build());

    @Test
    void goodFeaturesAreReadAndBadOnesSetAsideWithTheirReasons() {
        GeoJsonUnits.Read read = geoJson.read("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("T1", "东城镇", "TOWNSHIP", "null", "null") + ","
                + feature("G1", "幸福路网格", "GRID", "\"C1\"", square()) + ","
                + feature("G2", "无图形", "GRID", "\"C1\"", "null") + ","
                + feature("bad code!", "x", "GRID", "\"C1\"", square()) + ","
                + feature("G3", "点", "GRID", "\"C1\"", "{\"type\":\"Point\",\"coordinates\":[104,30]}") + ","
                + feature("G1", "重复", "GRID", "\"C1\"", square()) + "]}");
        assertThat(read.features()).containsOnlyKeys("T1", "G1");
        assertThat(read.features().get("G1").geometry()).isNotNull();
        assertThat(read.rejected()).extracting(GridImportReport.Rejected::code).containsExactly("G2", "bad code!", "G3", "G1");
        assertThat(read.rejected().get(0).reason()).contains("needs a Polygon");
        assertThat(read.rejected().get(2).reason()).contains("not Point");
        assertThat(read.rejected().get(3).reason()).contains("twice");
    }

    @Test
    void aBodyThatIsNotAFeatureCollectionIsRefusedWhole() {
        assertThatThrownBy(() -> geoJson.read("{\"type\":\"Feature\"}")).isInstanceOf(DomainException.class)
                .hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> geoJson.read("not json")).isInstanceOf(DomainException.class).hasMessageContaining("JSON");
    }

    private static String feature(String code, String name, String level, String parent, String geometry) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"code\":\"" + code + "\",\"name\":\""
                + name + "\",\"level\":\"" + level + "\",\"parentCode\":" + parent + ",\"keywords\":[\"幸福路\"]}}";
    }

    private static String square() {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[104,30],[104.01,30],[104.01,30.01],[104,30.01],[104,30]]]}";
    }
}

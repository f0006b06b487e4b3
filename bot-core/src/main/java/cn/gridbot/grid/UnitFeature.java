package cn.gridbot.grid;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

import cn.gridbot.classify.Category;

/** One feature of an imported FeatureCollection, checked on its own: a unit to place in the tree. */
record UnitFeature(String code, String name, UnitLevel level, String parentCode, List<String> keywords, Geometry geometry,
        List<Category> categories) {

    UnitFeature(String code, String name, UnitLevel level, String parentCode, List<String> keywords, Geometry geometry) {
        this(code, name, level, parentCode, keywords, geometry, List.of());
    }
}

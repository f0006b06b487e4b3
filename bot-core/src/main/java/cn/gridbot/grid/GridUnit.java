package cn.gridbot.grid;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit of the grid tree. {@code path} lists the codes from the root, as {@code /AY/AY-YY/AY-YY-BB/},
 * so that a subtree is a prefix. Only GRID units carry a geometry (WGS84, longitude first).
 */
public record GridUnit(String code, String name, UnitLevel level, String parentCode, String path,
        List<String> keywords, Geometry geometry) {

    public GridUnit {
        keywords = List.copyOf(keywords);
    }

    public boolean isGrid() {
        return level == UnitLevel.GRID;
    }

    public static String childPath(String parentPath, String code) {
        return (parentPath == null ? "/" : parentPath) + code + "/";
    }
}

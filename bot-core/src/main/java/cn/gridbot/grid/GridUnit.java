package cn.gridbot.grid;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

import cn.gridbot.classify.Category;

/**
 * A unit of the grid tree. {@code path} lists the codes from the root, as {@code /AY/AY-YY/AY-YY-BB/},
 * so that a subtree is a prefix. Only GRID units carry a geometry (WGS84, longitude first); only DEPARTMENT
 * units carry the categories they handle.
 */
public record GridUnit(String code, String name, UnitLevel level, String parentCode, String path,
        List<String> keywords, Geometry geometry, List<Category> categories) {

    public GridUnit {
        keywords = List.copyOf(keywords);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A unit that handles no categories (every level but DEPARTMENT). */
    public GridUnit(String code, String name, UnitLevel level, String parentCode, String path, List<String> keywords,
            Geometry geometry) {
        this(code, name, level, parentCode, path, keywords, geometry, List.of());
    }

    public boolean isDepartment() {
        return level == UnitLevel.DEPARTMENT;
    }

    /** Whether a department takes events of this category. */
    public boolean handles(Category category) {
        return categories.contains(category);
    }

    public boolean isGrid() {
        return level == UnitLevel.GRID;
    }

    public static String childPath(String parentPath, String code) {
        return (parentPath == null ? "/" : parentPath) + code + "/";
    }
}

package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the units of a GeoJSON FeatureCollection (README "Admin API", WGS84 {@code [lon, lat]}) and checks
 * each feature on its own — code, name, level, keywords, geometry (a GRID needs a valid Polygon or
 * MultiPolygon). A bad feature is set aside with its reason; where it sits in the tree is not judged here.
 */
final class GeoJsonUnits {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_KEYWORDS = 200;

    /** The features that passed, by code in file order, and the ones set aside. */
    record Read(Map<String, UnitFeature> features, List<GridImportReport.Rejected> rejected) {
    }

    private final ObjectMapper json;

    GeoJsonUnits(ObjectMapper json) {
        this.json = json;
    }

    Read read(String geoJson) {
        Map<String, UnitFeature> features = new LinkedHashMap<>();
        List<GridImportReport.Rejected> rejected = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : collection(geoJson).path("features")) {
            index++;
            String label = feature.path("properties").path("code").asString("#" + index);
            try {
                UnitFeature f = feature(feature);
                if (features.putIfAbsent(f.code(), f) != null) {
                    rejected.add(new GridImportReport.Rejected(f.code(), "code appears twice in this collection"));
                }
            } catch (DomainException e) {
                rejected.add(new GridImportReport.Rejected(label, e.getMessage()));
            }
        }
        return new Read(features, rejected);
    }

    private JsonNode collection(String geoJson) {
        JsonNode root;
        try {
            root = json.readTree(geoJson);
        } catch (JacksonException e) {
            throw DomainException.invalid("geojson", "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            throw DomainException.invalid("geojson", "The body must be a GeoJSON FeatureCollection with a features array");
        }
        return root;
    }

    private static UnitFeature feature(JsonNode feature) {
        JsonNode p = feature.path("properties");
        if (!p.isObject()) {
            throw DomainException.invalid("feature", "feature has no properties object");
        }
        String code = p.path("code").asString("").strip();
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("code", "code must be 1–64 letters, digits, '-', '_' or '.'");
        }
        String name = p.path("name").asString("").strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.invalid("name", "name is required (at most 100 characters)");
        }
        UnitLevel level;
        try {
            level = UnitLevel.valueOf(p.path("level").asString(""));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("level", "level must be one of COUNTY, TOWNSHIP, COMMUNITY, GRID, DEPARTMENT");
        }
        JsonNode parentNode = p.path("parentCode");
        String parentCode = parentNode.isNull() || parentNode.isMissingNode() ? null : parentNode.asString("").strip();
        if (parentCode != null && parentCode.isEmpty()) {
            parentCode = null;
        }
        if (code.equals(parentCode)) {
            throw DomainException.invalid("parentCode", "a unit cannot be its own parent");
        }
        List<Category> categories = level == UnitLevel.DEPARTMENT ? categories(p.path("categories")) : List.of();
        return new UnitFeature(code, name, level, parentCode, keywords(p.path("keywords")), geometry(feature, level),
                categories);
    }

    /** A department's {@code categories}: at least one category code it handles. */
    private static List<Category> categories(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw DomainException.invalid("categories", "a DEPARTMENT needs categories: an array of the category codes it handles");
        }
        List<Category> categories = new ArrayList<>();
        for (JsonNode c : node) {
            try {
                Category category = Category.valueOf(c.isString() ? c.asString().strip() : "");
                if (!categories.contains(category)) {
                    categories.add(category);
                }
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("categories", "categories holds an unknown category code: " + c);
            }
        }
        return categories;
    }

    private static List<String> keywords(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_KEYWORDS) {
            throw DomainException.invalid("keywords", "keywords must be an array of at most " + MAX_KEYWORDS + " place names");
        }
        List<String> keywords = new ArrayList<>();
        for (JsonNode k : node) {
            String keyword = k.isString() ? k.asString().strip() : "";
            if (keyword.isEmpty() || keyword.length() > 50 || keyword.contains("|")) {
                throw DomainException.invalid("keywords", "each keyword must be a non-empty name of at most 50 characters without '|'");
            }
            if (!keywords.contains(keyword)) {
                keywords.add(keyword);
            }
        }
        return keywords;
    }

    private static Geometry geometry(JsonNode feature, UnitLevel level) {
        JsonNode g = feature.path("geometry");
        if (g.isMissingNode() || g.isNull()) {
            if (level == UnitLevel.GRID) {
                throw DomainException.invalid("geometry", "a GRID needs a Polygon or MultiPolygon geometry");
            }
            return null;
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader().read(g.toString());
        } catch (ParseException | RuntimeException e) {
            throw DomainException.invalid("geometry", "geometry is not valid GeoJSON");
        }
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            throw DomainException.invalid("geometry", "geometry must be a Polygon or MultiPolygon, not " + geometry.getGeometryType());
        }
        for (var c : geometry.getCoordinates()) {
            if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                throw DomainException.invalid("geometry", "coordinates must be WGS84 [longitude, latitude]");
            }
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            throw DomainException.invalid("geometry", "polygon is not valid: " + validity.getValidationError().getMessage());
        }
        return geometry;
    }
}

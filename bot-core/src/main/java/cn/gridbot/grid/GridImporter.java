package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports grid units from a GeoJSON FeatureCollection (SPEC §9), upserting by {@code code}. A bad
 * feature is rejected with its reason; the good ones are stored.
 */
@Component
public class GridImporter {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_KEYWORDS = 200;

    private final GridUnits units;
    private final GridCatalog catalog;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    GridImporter(GridUnits units, GridCatalog catalog, ObjectMapper json, ApplicationEventPublisher events) {
        this.units = units;
        this.catalog = catalog;
        this.json = json;
        this.events = events;
    }

    private record Candidate(String code, String name, UnitLevel level, String parentCode, List<String> keywords,
            Geometry geometry) {
    }

    @Transactional
    public GridImportReport importGeoJson(String geoJson) {
        JsonNode root = parse(geoJson);
        List<GridImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            String label = feature.path("properties").path("code").asString("#" + index);
            try {
                Candidate c = candidate(feature);
                if (candidates.containsKey(c.code())) {
                    rejected.add(new GridImportReport.Rejected(c.code(), "code appears twice in this collection"));
                } else {
                    candidates.put(c.code(), c);
                }
            } catch (DomainException e) {
                rejected.add(new GridImportReport.Rejected(label, e.getMessage()));
            }
        }
        Map<String, GridUnit> known = new HashMap<>();
        Map<String, String> pathsBefore = new HashMap<>();
        units.findAll().forEach(u -> {
            known.put(u.code(), u);
            pathsBefore.put(u.code(), u.path());
        });
        int created = 0;
        int updated = 0;
        for (Candidate c : inParentOrder(candidates, known, rejected)) {
            GridUnit parent = c.parentCode() == null ? null : known.get(c.parentCode());
            GridUnit unit = new GridUnit(c.code(), c.name(), c.level(), c.parentCode(),
                    GridUnit.childPath(parent == null ? null : parent.path(), c.code()), c.keywords(), c.geometry());
            if (units.upsert(unit)) {
                created++;
            } else {
                updated++;
            }
            known.put(unit.code(), unit);
        }
        repairPaths(known);
        Map<String, String> moved = new HashMap<>();
        pathsBefore.forEach((code, before) -> {
            String after = known.get(code).path();
            if (!after.equals(before)) {
                moved.put(code, after);
            }
        });
        if (!moved.isEmpty()) {
            events.publishEvent(new GridTreeChanged(moved));
        }
        catalog.reload();
        return new GridImportReport(created, updated, rejected);
    }

    private JsonNode parse(String geoJson) {
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

    private Candidate candidate(JsonNode feature) {
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
            throw DomainException.invalid("level", "level must be one of COUNTY, TOWNSHIP, COMMUNITY, GRID");
        }
        JsonNode parentNode = p.path("parentCode");
        String parentCode = parentNode.isNull() || parentNode.isMissingNode() ? null : parentNode.asString("").strip();
        if (parentCode != null && parentCode.isEmpty()) {
            parentCode = null;
        }
        if (code.equals(parentCode)) {
            throw DomainException.invalid("parentCode", "a unit cannot be its own parent");
        }
        return new Candidate(code, name, level, parentCode, keywords(p.path("keywords")), geometry(feature, level));
    }

    private List<String> keywords(JsonNode node) {
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

    private Geometry geometry(JsonNode feature, UnitLevel level) {
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

    /** Orders candidates so that each parent comes before its children; rejects those whose parent is unknown. */
    private List<Candidate> inParentOrder(Map<String, Candidate> candidates, Map<String, GridUnit> known,
            List<GridImportReport.Rejected> rejected) {
        List<Candidate> ordered = new ArrayList<>();
        Map<String, Candidate> pending = new LinkedHashMap<>(candidates);
        Map<String, UnitLevel> levels = new HashMap<>();
        known.forEach((code, u) -> levels.put(code, u.level()));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.values().iterator(); it.hasNext();) {
                Candidate c = it.next();
                Optional<String> problem = parentProblem(c, levels, pending);
                if (problem.isEmpty()) {
                    ordered.add(c);
                    levels.put(c.code(), c.level());
                    it.remove();
                    progress = true;
                } else if (!problem.get().isEmpty()) {
                    rejected.add(new GridImportReport.Rejected(c.code(), problem.get()));
                    it.remove();
                    progress = true;
                }
            }
        }
        pending.values().forEach(c -> rejected.add(new GridImportReport.Rejected(c.code(),
                "parentCode " + c.parentCode() + " is not a known unit (or the parents form a cycle)")));
        return ordered;
    }

    /** Empty: ready; an empty string: wait for the parent in this file; otherwise the reason to reject. */
    private Optional<String> parentProblem(Candidate c, Map<String, UnitLevel> levels, Map<String, Candidate> pending) {
        if (c.parentCode() == null) {
            return Optional.empty();
        }
        UnitLevel parentLevel = levels.get(c.parentCode());
        if (parentLevel == null) {
            return pending.containsKey(c.parentCode()) ? Optional.of("")
                    : Optional.of("parentCode " + c.parentCode() + " is not a known unit");
        }
        if (parentLevel.ordinal() >= c.level().ordinal()) {
            return Optional.of("a " + c.level() + " cannot sit under the " + parentLevel + " " + c.parentCode());
        }
        return Optional.empty();
    }

    /** Recomputes every path from the parent chain and stores the ones that changed. */
    private void repairPaths(Map<String, GridUnit> known) {
        for (GridUnit unit : List.copyOf(known.values())) {
            String path = pathOf(unit, known);
            if (!path.equals(unit.path())) {
                GridUnit relocated = new GridUnit(unit.code(), unit.name(), unit.level(), unit.parentCode(), path,
                        unit.keywords(), unit.geometry());
                units.upsert(relocated);
                known.put(unit.code(), relocated);
            }
        }
    }

    private static String pathOf(GridUnit unit, Map<String, GridUnit> known) {
        List<String> chain = new ArrayList<>();
        GridUnit current = unit;
        while (current != null && chain.size() < 16) {
            chain.add(0, current.code());
            current = current.parentCode() == null ? null : known.get(current.parentCode());
        }
        return "/" + String.join("/", chain) + "/";
    }
}

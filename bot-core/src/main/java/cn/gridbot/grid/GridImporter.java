package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Imports grid units from a GeoJSON FeatureCollection, upserting by {@code code}: each feature is checked
 * on its own ({@link GeoJsonUnits}), then placed in the tree parents first ({@link ParentOrder}); a bad
 * feature is rejected with its reason, the good ones are stored, and the paths of units whose parents moved
 * are recomputed ({@link GridTreeChanged} tells the event store).
 */
@Component
public class GridImporter {

    private final GridUnits units;
    private final GridCatalog catalog;
    private final GeoJsonUnits geoJson;
    private final ApplicationEventPublisher events;

    GridImporter(GridUnits units, GridCatalog catalog, ObjectMapper json, ApplicationEventPublisher events) {
        this.units = units;
        this.catalog = catalog;
        this.geoJson = new GeoJsonUnits(json);
        this.events = events;
    }

    @Transactional
    public GridImportReport importGeoJson(String collection) {
        GeoJsonUnits.Read read = geoJson.read(collection);
        Map<String, GridUnit> known = new HashMap<>();
        Map<String, String> pathsBefore = new HashMap<>();
        Map<String, UnitLevel> levels = new HashMap<>();
        units.findAll().forEach(u -> {
            known.put(u.code(), u);
            pathsBefore.put(u.code(), u.path());
            levels.put(u.code(), u.level());
        });
        ParentOrder.Arranged arranged = ParentOrder.arrange(read.features(), levels);
        int created = 0;
        int updated = 0;
        for (UnitFeature f : arranged.ordered()) {
            GridUnit parent = f.parentCode() == null ? null : known.get(f.parentCode());
            GridUnit unit = new GridUnit(f.code(), f.name(), f.level(), f.parentCode(),
                    GridUnit.childPath(parent == null ? null : parent.path(), f.code()), f.keywords(), f.geometry(),
                    f.categories());
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
        List<GridImportReport.Rejected> rejected = new ArrayList<>(read.rejected());
        rejected.addAll(arranged.rejected());
        return new GridImportReport(created, updated, rejected);
    }

    /** Recomputes every path from the parent chain and stores the ones that changed. */
    private void repairPaths(Map<String, GridUnit> known) {
        for (GridUnit unit : List.copyOf(known.values())) {
            String path = pathOf(unit, known);
            if (!path.equals(unit.path())) {
                GridUnit relocated = new GridUnit(unit.code(), unit.name(), unit.level(), unit.parentCode(), path,
                        unit.keywords(), unit.geometry(), unit.categories());
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

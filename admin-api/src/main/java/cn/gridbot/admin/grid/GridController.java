package cn.gridbot.admin.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridImportReport;
import cn.gridbot.grid.GridImporter;
import cn.gridbot.grid.GridUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/grids")
class GridController {

    private final GridImporter importer;
    private final GridCatalog catalog;
    private final ObjectMapper json;

    GridController(GridImporter importer, GridCatalog catalog, ObjectMapper json) {
        this.importer = importer;
        this.catalog = catalog;
        this.json = json;
    }

    @PostMapping(path = "/import", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
    GridImportReport importGeoJson(@RequestBody String geoJson, Principal principal) {
        principal.requireAdmin();
        return importer.importGeoJson(geoJson);
    }

    /** The unit tree; a scoped token sees its own unit as the root. */
    @GetMapping
    List<UnitView> tree(Principal principal) {
        GridDirectory directory = catalog.directory();
        List<GridUnit> roots = principal.unitPath() == null ? directory.roots()
                : directory.find(principal.unitCode()).map(List::of).orElse(List.of());
        return roots.stream().map(root -> view(directory, root)).toList();
    }

    @GetMapping("/{code}")
    Map<String, Object> one(@PathVariable String code, Principal principal) {
        GridUnit unit = catalog.directory().find(code)
                .orElseThrow(() -> DomainException.notFound("unknown-unit", "No grid unit has the code " + code));
        if (!principal.covers(unit.path())) {
            throw DomainException.notFound("unknown-unit", "No grid unit has the code " + code);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", unit.name());
        body.put("level", unit.level().name());
        body.put("parentCode", unit.parentCode());
        body.put("keywords", unit.keywords());
        body.put("categories", unit.categories().stream().map(Enum::name).toList());
        body.put("children", catalog.directory().childrenOf(code).stream().map(GridUnit::code).toList());
        body.put("geometry", geometry(unit));
        return body;
    }

    private UnitView view(GridDirectory directory, GridUnit unit) {
        return UnitView.of(unit, directory.childrenOf(unit.code()).stream().map(c -> view(directory, c)).toList());
    }

    private JsonNode geometry(GridUnit unit) {
        if (unit.geometry() == null) {
            return null;
        }
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return json.readTree(writer.write(unit.geometry()));
    }
}

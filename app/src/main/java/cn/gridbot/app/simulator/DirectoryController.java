package cn.gridbot.app.simulator;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;
import cn.gridbot.worker.Workers;

/**
 * Who one can be on the page (residents and workers with a WeChat openid), the workers who have not bound
 * their WeChat yet (to bind one by scanning its code), and the map of the grids.
 */
@RestController
@RequestMapping("/simulator/api")
@SimulatorEnabled
class DirectoryController {

    /** The picker lists people, not a register: stop after this many, and after reading this many residents. */
    private static final int MAX_PEOPLE = 50;
    private static final int MAX_PAGES = 4;

    private final Residents residents;
    private final Workers workers;
    private final GridCatalog grids;
    private final GridbotSettings settings;

    DirectoryController(Residents residents, Workers workers, GridCatalog grids, GridbotSettings settings) {
        this.residents = residents;
        this.workers = workers;
        this.grids = grids;
        this.settings = settings;
    }

    record Person(String openid, String name, String code, String gridCode, String gridName) {
    }

    /** {@code timeZone} is the county's, so the chat's clock agrees with the times in pushes and the panel. */
    record People(List<Person> residents, List<Person> workers, List<Person> unbound, String timeZone) {
    }

    /** A grid to draw: its geometry as GeoJSON, and the township and community it belongs to. */
    record MapGrid(String code, String name, String community, String township, List<String> keywords,
            @JsonRawValue String geometry) {
    }

    /** A named point inside a grid, for sending a location without the map. */
    record Place(String label, String gridName, double longitude, double latitude) {
    }

    record GridMap(List<MapGrid> grids, List<Place> places) {
    }

    @GetMapping("/people")
    People people() {
        GridDirectory directory = grids.directory();
        List<Person> withOpenid = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && withOpenid.size() < MAX_PEOPLE; page++) {
            Page<Resident> batch = residents.list(null, null, new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().stream().filter(r -> r.openid() != null && !r.openid().isBlank())
                    .map(r -> new Person(r.openid(), r.name(), null, r.gridCode(), name(directory, r.gridCode())))
                    .forEach(withOpenid::add);
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        List<Person> bound = workers.findBound().stream().limit(MAX_PEOPLE)
                .map(w -> new Person(w.openid(), w.name(), w.code(), w.unitCode(), name(directory, w.unitCode()))).toList();
        List<Person> unbound = workers.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(w -> !w.isBound()).limit(MAX_PEOPLE)
                .map(w -> new Person(null, w.name(), w.code(), w.unitCode(), name(directory, w.unitCode()))).toList();
        return new People(withOpenid.stream().limit(MAX_PEOPLE).toList(), bound, unbound, settings.timeZone().getId());
    }

    @GetMapping("/map")
    GridMap map() {
        GridDirectory directory = grids.directory();
        GeoJsonWriter geoJson = new GeoJsonWriter(6);
        geoJson.setEncodeCRS(false);
        List<MapGrid> shapes = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (GridUnit unit : directory.all()) {
            if (!unit.isGrid() || unit.geometry() == null || unit.geometry().isEmpty()) {
                continue;
            }
            GridUnit community = directory.find(unit.parentCode()).orElse(null);
            GridUnit township = community == null ? null : directory.find(community.parentCode()).orElse(null);
            shapes.add(new MapGrid(unit.code(), unit.name(), community == null ? "" : community.name(),
                    township == null ? "" : township.name(), unit.keywords(), geoJson.write(unit.geometry())));
            // JTS's interior point lies inside the polygon even for an L shape or a polygon with a hole.
            Point inside = unit.geometry().getInteriorPoint();
            String label = unit.keywords().isEmpty() ? unit.name() : unit.keywords().get(0);
            places.add(new Place(label, unit.name(), inside.getX(), inside.getY()));
        }
        return new GridMap(shapes, places);
    }

    private static String name(GridDirectory directory, String code) {
        return directory.find(code).map(GridUnit::name).orElse(code);
    }
}

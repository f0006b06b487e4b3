package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A small county in code, with the shapes that defeat bounding boxes: an L-shaped grid around a
 * square one, a grid with a hole that another grid fills, and a grid in two parts.
 *
 * <pre>
 *  30.02 +--------+--------+
 *        |   L    |  NOTCH |      L: 104.00–104.02 × 30.00–30.02 minus NOTCH (104.01–104.02 × 30.01–30.02)
 *  30.01 |        +--------+
 *        |                 |      RING: 104.03–104.05 × 30.00–30.02 with a hole 104.035–104.045 × 30.005–30.015
 *  30.00 +-----------------+      SCHOOL fills RING's hole; SPLIT: two squares at 104.06 and 104.08
 * </pre>
 */
public final class GridTestData {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GridTestData() {
    }

    public static List<GridUnit> county() {
        List<GridUnit> units = new ArrayList<>();
        units.add(unit("T", "测试县", UnitLevel.COUNTY, null, List.of("测试县"), null));
        units.add(unit("T-E", "东城镇", UnitLevel.TOWNSHIP, "T", List.of("东城镇", "东城"), null));
        units.add(unit("T-W", "西城镇", UnitLevel.TOWNSHIP, "T", List.of("西城镇"), null));
        units.add(unit("T-E-1", "幸福社区", UnitLevel.COMMUNITY, "T-E", List.of("幸福社区"), null));
        units.add(unit("T-E-1-L", "L形网格", UnitLevel.GRID, "T-E-1", List.of("滨河路", "幸福路"),
                polygon(104.00, 30.00, 104.02, 30.00, 104.02, 30.01, 104.01, 30.01, 104.01, 30.02, 104.00, 30.02)));
        units.add(unit("T-E-1-N", "缺角网格", UnitLevel.GRID, "T-E-1", List.of("紫薇苑", "滨河路112号紫薇苑二期"),
                polygon(104.01, 30.01, 104.02, 30.01, 104.02, 30.02, 104.01, 30.02)));
        units.add(unit("T-E-1-R", "环形网格", UnitLevel.GRID, "T-E-1", List.of("建设路"), ring()));
        units.add(unit("T-E-1-S", "学校网格", UnitLevel.GRID, "T-E-1", List.of("实验小学"),
                polygon(104.035, 30.005, 104.045, 30.005, 104.045, 30.015, 104.035, 30.015)));
        units.add(unit("T-E-1-M", "两块网格", UnitLevel.GRID, "T-E-1", List.of("石盘湾", "黄桷坡"), GEOMETRY.createMultiPolygon(
                new Polygon[] { (Polygon) polygon(104.06, 30.00, 104.07, 30.00, 104.07, 30.01, 104.06, 30.01),
                        (Polygon) polygon(104.08, 30.00, 104.09, 30.00, 104.09, 30.01, 104.08, 30.01) })));
        return units;
    }

    public static GridCatalog catalog(List<GridUnit> units) {
        return new GridCatalog(new InMemoryGridUnits(units));
    }

    public static GridRouter router(GridCatalog catalog, RegisteredGrids registered) {
        return new GridRouter(catalog, registered);
    }

    public static GridUnit unit(String code, String name, UnitLevel level, String parent, List<String> keywords,
            Geometry geometry) {
        String path = parent == null ? "/" + code + "/" : pathOf(parent) + code + "/";
        return new GridUnit(code, name, level, parent, path, keywords, geometry);
    }

    /** Paths follow the codes: "T-E-1" sits under "T-E" under "T". */
    private static String pathOf(String code) {
        StringBuilder path = new StringBuilder("/");
        String[] parts = code.split("-");
        for (int i = 1; i <= parts.length; i++) {
            path.append(String.join("-", Arrays.copyOf(parts, i))).append("/");
        }
        return path.toString();
    }

    public static Geometry polygon(double... lonLat) {
        Coordinate[] ring = new Coordinate[lonLat.length / 2 + 1];
        for (int i = 0; i < lonLat.length / 2; i++) {
            ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        ring[ring.length - 1] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    private static Geometry ring() {
        LinearRing shell = GEOMETRY.createLinearRing(((Polygon) polygon(104.03, 30.00, 104.05, 30.00, 104.05, 30.02, 104.03, 30.02)).getCoordinates());
        LinearRing hole = GEOMETRY.createLinearRing(((Polygon) polygon(104.035, 30.005, 104.035, 30.015, 104.045, 30.015, 104.045, 30.005)).getCoordinates());
        return GEOMETRY.createPolygon(shell, new LinearRing[] { hole });
    }

    /** A register of grid units in memory. */
    public static final class InMemoryGridUnits implements GridUnits {

        private final List<GridUnit> units;

        public InMemoryGridUnits(List<GridUnit> units) {
            this.units = new ArrayList<>(units);
        }

        @Override
        public List<GridUnit> findAll() {
            return List.copyOf(units);
        }

        @Override
        public Optional<GridUnit> findByCode(String code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public boolean upsert(GridUnit unit) {
            boolean created = units.removeIf(u -> u.code().equals(unit.code()));
            units.add(unit);
            return !created;
        }

        @Override
        public String fingerprint() {
            return units.size() + ":" + units.hashCode();
        }
    }
}

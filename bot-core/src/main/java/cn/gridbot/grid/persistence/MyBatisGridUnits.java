package cn.gridbot.grid.persistence;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.stereotype.Repository;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.GridUnits;
import cn.gridbot.grid.UnitLevel;

@Repository
class MyBatisGridUnits implements GridUnits {

    private static final String SEPARATOR = "|";

    private final GridUnitMapper mapper;
    private final Clock clock;

    MyBatisGridUnits(GridUnitMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public List<GridUnit> findAll() {
        return mapper.selectAll().stream().map(MyBatisGridUnits::toUnit).toList();
    }

    @Override
    public Optional<GridUnit> findByCode(String code) {
        return Optional.ofNullable(mapper.selectByCode(code)).map(MyBatisGridUnits::toUnit);
    }

    @Override
    public boolean upsert(GridUnit unit) {
        var now = clock.instant();
        GridUnitRow existing = mapper.selectByCode(unit.code());
        GridUnitRow row = new GridUnitRow(unit.code(), unit.name(), unit.level().name(), unit.parentCode(),
                unit.path(), String.join(SEPARATOR, unit.keywords()), toGeoJson(unit.geometry()),
                existing == null ? now : existing.createdAt(), now,
                unit.categories().stream().map(Category::name).collect(Collectors.joining(SEPARATOR)));
        if (existing == null) {
            mapper.insert(row);
            return true;
        }
        mapper.update(row);
        return false;
    }

    @Override
    public String fingerprint() {
        Map<String, Object> f = mapper.fingerprint();
        return f.get("units") + "@" + f.get("changed");
    }

    private static GridUnit toUnit(GridUnitRow row) {
        List<String> keywords = row.keywords() == null || row.keywords().isEmpty() ? List.of()
                : Arrays.asList(row.keywords().split("\\" + SEPARATOR));
        List<Category> categories = row.categories() == null || row.categories().isEmpty() ? List.of()
                : Arrays.stream(row.categories().split("\\" + SEPARATOR)).map(Category::valueOf).toList();
        return new GridUnit(row.code(), row.name(), UnitLevel.valueOf(row.level()), row.parentCode(), row.path(),
                keywords, fromGeoJson(row.geometry()), categories);
    }

    private static String toGeoJson(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    private static Geometry fromGeoJson(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return null;
        }
        try {
            return new GeoJsonReader().read(geoJson);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored geometry is not valid GeoJSON", e);
        }
    }
}

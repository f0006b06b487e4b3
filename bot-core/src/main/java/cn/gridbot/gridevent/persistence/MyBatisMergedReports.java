package cn.gridbot.gridevent.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.MergedReports;

/** The duplicate merge's reads of {@code grid_event} (V62 indexes them by grid, category and time, and by main event). */
@Repository
class MyBatisMergedReports implements MergedReports {

    private final MergeMapper mapper;

    MyBatisMergedReports(MergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Candidate> openCandidates(String gridCode, Category category, Instant since, int limit) {
        return mapper.openCandidates(gridCode, category.name(), since, EventStatus.OPEN, limit).stream()
                .map(row -> new Candidate((String) row.get("number"), (String) row.get("description"), point(row))).toList();
    }

    @Override
    public List<Merged> mergedInto(String mainNumber) {
        return mapper.mergedInto(mainNumber).stream()
                .map(row -> new Merged((String) row.get("number"), (String) row.get("openid"))).toList();
    }

    @Override
    public Optional<String> latestUnratedMerged(String openid) {
        return Optional.ofNullable(mapper.latestUnratedMerged(openid, EventStatus.DONE));
    }

    private static GeoPoint point(Map<String, Object> row) {
        Object lon = row.get("longitude");
        Object lat = row.get("latitude");
        return lon == null || lat == null ? null
                : new GeoPoint(((BigDecimal) lon).doubleValue(), ((BigDecimal) lat).doubleValue());
    }
}

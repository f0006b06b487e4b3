package cn.gridbot.stats.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.stats.StatsRow;
import cn.gridbot.stats.StatsSource;

@Repository
class MyBatisStatsSource implements StatsSource {

    private final StatsMapper mapper;

    MyBatisStatsSource(StatsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<StatsRow> counters(String level, String path, LocalDate from, LocalDate to) {
        return mapper.sumCounters(level, path, from, to).stream().map(FiguresRow::toRow).toList();
    }

    @Override
    public List<StatsRow> events(String path, Instant from, Instant to) {
        return mapper.sumEvents(path, from, to).stream().map(FiguresRow::toRow).toList();
    }

    @Override
    @Transactional
    public void rebuild(int offsetSeconds) {
        mapper.clearCounters();
        mapper.rebuildCounters("T", 2, offsetSeconds);
        mapper.rebuildCounters("C", 3, offsetSeconds);
    }
}

package cn.gridbot.stats.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.stats.StatsLevel;
import cn.gridbot.stats.StatsRow;
import cn.gridbot.stats.StatsSource;

@Repository
class MyBatisStatsSource implements StatsSource {

    private static final int BUCKETS_PER_INSERT = 1000;

    private final StatsMapper mapper;

    MyBatisStatsSource(StatsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<StatsRow> counters(StatsLevel level, Collection<String> unitCodes, LocalDate from, LocalDate to) {
        return mapper.sumCounters(level.code(), unitCodes, from, to).stream().map(FiguresRow::toRow).toList();
    }

    @Override
    public List<StatsRow> heldByDepartments(String unitPath, Instant from, Instant to) {
        return mapper.sumHeldByDepartments(unitPath, from, to).stream().map(FiguresRow::toRow).toList();
    }

    @Override
    @Transactional
    public void rebuild(List<Bucket> buckets, int offsetSeconds) {
        mapper.clearBuckets();
        for (int i = 0; i < buckets.size(); i += BUCKETS_PER_INSERT) {
            mapper.insertBuckets(buckets.subList(i, Math.min(buckets.size(), i + BUCKETS_PER_INSERT)));
        }
        mapper.clearCounters();
        for (StatsLevel level : StatsLevel.values()) {
            mapper.rebuildCounters(level.code(), offsetSeconds);
        }
        mapper.clearUnitCounts();
        mapper.rebuildUnitCounts();
        mapper.clearIdBlocks();
        mapper.rebuildIdBlocks();
    }
}

package cn.gridbot.stats.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.gridbot.stats.StatsSource.Bucket;

@Mapper
interface StatsMapper {

    List<FiguresRow> sumCounters(@Param("level") String level, @Param("codes") Collection<String> codes,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<FiguresRow> sumHeldByDepartments(@Param("unitPath") String unitPath, @Param("from") Instant from,
            @Param("to") Instant to);

    int clearCounters();

    int clearBuckets();

    int insertBuckets(@Param("buckets") List<Bucket> buckets);

    int rebuildCounters(@Param("level") String level, @Param("offset") int offsetSeconds);

    int clearUnitCounts();

    int rebuildUnitCounts();

    int clearIdBlocks();

    int rebuildIdBlocks();

    void upsertStats(@Param("deltas") List<StatsDelta> deltas);

    void addToUnitCounts(@Param("counts") List<UnitCount> counts);

    void updateUnitCountPath(@Param("unitCode") String unitCode, @Param("path") String path);
}

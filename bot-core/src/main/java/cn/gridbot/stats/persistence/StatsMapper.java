package cn.gridbot.stats.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StatsMapper {

    List<FiguresRow> sumCounters(@Param("level") String level, @Param("path") String path,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<FiguresRow> sumEvents(@Param("path") String path, @Param("from") Instant from, @Param("to") Instant to);

    int clearCounters();

    int rebuildCounters(@Param("level") String level, @Param("depth") int depth, @Param("offset") int offsetSeconds);
}

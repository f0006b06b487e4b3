package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.gridbot.gridevent.EventStatus;

@Mapper
interface MergeMapper {

    @Select("<script>SELECT number, description, longitude, latitude FROM grid_event"
            + " WHERE grid_code = #{grid} AND category = #{category} AND created_at &gt;= #{since}"
            + " AND status IN <foreach collection='open' item='s' open='(' separator=',' close=')'>#{s}</foreach>"
            + " ORDER BY created_at DESC LIMIT #{limit}</script>")
    List<Map<String, Object>> openCandidates(@Param("grid") String gridCode, @Param("category") String category,
            @Param("since") Instant since, @Param("open") Set<EventStatus> open, @Param("limit") int limit);

    @Select("SELECT number, reporter_openid AS openid FROM grid_event WHERE merged_into = #{main} AND status = 'MERGED' ORDER BY id")
    List<Map<String, Object>> mergedInto(@Param("main") String mainNumber);

    @Select("<script>SELECT m.number FROM grid_event m JOIN grid_event e ON e.number = m.merged_into"
            + " WHERE m.reporter_openid = #{openid} AND m.status = 'MERGED' AND m.rating IS NULL"
            + " AND e.status IN <foreach collection='done' item='s' open='(' separator=',' close=')'>#{s}</foreach>"
            + " ORDER BY e.resolved_at DESC, m.id DESC LIMIT 1</script>")
    String latestUnratedMerged(@Param("openid") String openid, @Param("done") Set<EventStatus> done);
}

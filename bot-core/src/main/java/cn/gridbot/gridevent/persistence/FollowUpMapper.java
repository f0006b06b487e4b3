package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.gridbot.gridevent.FollowUp;

@Mapper
interface FollowUpMapper {

    String IN_PATH = "<if test='path != null'><bind name='prefix' value='@cn.gridbot.common.persistence.LikePatterns@startingWith(path)'/>"
            + " AND unit_path LIKE #{prefix} ESCAPE '!'</if>";

    @Insert("INSERT INTO event_followup (event_number, unit_path, result, note, called_at, called_by)"
            + " VALUES (#{eventNumber}, #{unitPath}, #{result}, #{note}, #{calledAt}, #{calledBy})")
    void insert(FollowUp call);

    /** Closed events residents reported, not yet called, newest first. */
    @Select("<script>SELECT e.number FROM grid_event e WHERE e.status = 'CLOSED' AND e.source = 'RESIDENT'"
            + " AND e.reporter_openid IS NOT NULL AND e.closed_at &gt;= #{from} AND e.closed_at &lt; #{to}"
            + "<if test='path != null'><bind name='prefix' value='@cn.gridbot.common.persistence.LikePatterns@startingWith(path)'/>"
            + " AND e.unit_path LIKE #{prefix} ESCAPE '!'</if>"
            + " AND NOT EXISTS (SELECT 1 FROM event_followup f WHERE f.event_number = e.number)"
            + " ORDER BY e.id DESC LIMIT #{limit}</script>")
    List<String> closedResidentEvents(@Param("path") String unitPath, @Param("from") Instant from, @Param("to") Instant to,
            @Param("limit") int limit);

    @Select("<script>SELECT SUM(CASE WHEN result &lt;&gt; 'UNREACHED' THEN 1 ELSE 0 END) AS answered,"
            + " SUM(CASE WHEN result = 'SATISFIED' THEN 1 ELSE 0 END) AS satisfied,"
            + " SUM(CASE WHEN result = 'UNREACHED' THEN 1 ELSE 0 END) AS unreached"
            + " FROM event_followup WHERE called_at &gt;= #{from} AND called_at &lt; #{to}" + IN_PATH + "</script>")
    Map<String, Object> tally(@Param("path") String unitPath, @Param("from") Instant from, @Param("to") Instant to);
}

package cn.gridbot.assessment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface AssessmentMapper {

    /** Resolved in the period: resolved or closed now, resolved_at inside; signed for: accepted_at inside. */
    String RESOLVED = "e.status IN ('RESOLVED', 'CLOSED') AND e.resolved_at &gt;= #{from} AND e.resolved_at &lt; #{to}";
    String SIGNED = "e.accepted_at &gt;= #{from} AND e.accepted_at &lt; #{to}";

    @Select("<script>SELECT e.assignee_code AS assignee, e.unit_code AS unit,"
            + " SUM(CASE WHEN " + RESOLVED + " THEN 1 ELSE 0 END) AS resolved,"
            + " SUM(CASE WHEN " + RESOLVED + " AND (e.resolve_deadline IS NULL OR e.resolved_at &lt;= e.resolve_deadline)"
            + "     THEN 1 ELSE 0 END) AS ontime,"
            + " SUM(CASE WHEN " + SIGNED + " THEN 1 ELSE 0 END) AS signed,"
            + " SUM(CASE WHEN " + SIGNED + " AND (e.sign_deadline IS NULL OR e.accepted_at &lt;= e.sign_deadline)"
            + "     THEN 1 ELSE 0 END) AS signedontime,"
            + " SUM(CASE WHEN " + RESOLVED + " AND e.rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,"
            + " SUM(CASE WHEN " + RESOLVED + " AND e.rating IS NOT NULL THEN e.rating ELSE 0 END) AS ratingsum,"
            + " SUM(CASE WHEN " + RESOLVED + " AND e.flagged THEN 1 ELSE 0 END) AS reopened"
            + " FROM grid_event e WHERE e.assignee_code IS NOT NULL"
            + " AND ((" + RESOLVED + ") OR (" + SIGNED + "))"
            + "<if test='path != null'><bind name='prefix' value='@cn.gridbot.common.persistence.LikePatterns@startingWith(path)'/>"
            + " AND e.unit_path LIKE #{prefix} ESCAPE '!'</if>"
            + " GROUP BY e.assignee_code, e.unit_code</script>")
    List<Map<String, Object>> events(@Param("path") String unitPath, @Param("from") Instant from, @Param("to") Instant to);

    @Select("SELECT v.worker_code AS worker, r.grid_code AS grid, COUNT(*) AS visits FROM resident_visit v"
            + " JOIN resident r ON r.id = v.resident_id WHERE v.visit_date BETWEEN #{from} AND #{to}"
            + " GROUP BY v.worker_code, r.grid_code")
    List<Map<String, Object>> visits(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("SELECT grid_code AS grid, SUM(FLOOR((#{days} + visit_interval_days - 1) / visit_interval_days)) AS visits FROM resident"
            + " WHERE visit_interval_days IS NOT NULL AND visit_interval_days > 0 GROUP BY grid_code")
    List<Map<String, Object>> visitsDue(@Param("days") int days);
}

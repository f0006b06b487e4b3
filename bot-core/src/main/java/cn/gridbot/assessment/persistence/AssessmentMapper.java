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

    /**
     * The register records due for a re-check in [first, last] (AssessmentSource#checksDue), with their grid. The last
     * check before {@code first} ("before_month") is the record's last check date when that lies before {@code first};
     * when it lies on or after {@code first} it is that date if no check was logged since {@code first} (it came with
     * an import), else the latest check logged before {@code first} (null: never checked, due at once).
     */
    String DUE_RECORDS = "SELECT d.id, d.grid_code FROM (SELECT r.id, r.grid_code, r.kind, r.expected_leave_on,"
            + " COALESCE(r.check_interval_days, CASE r.kind"
            + "   <foreach collection='defaults' index='kind' item='days'> WHEN #{kind} THEN #{days}</foreach> ELSE 30 END) AS days,"
            + " CASE WHEN r.last_check_date IS NULL THEN NULL"
            + "      WHEN r.last_check_date &lt; #{first} THEN r.last_check_date"
            + "      WHEN NOT EXISTS (SELECT 1 FROM register_check c WHERE c.record_id = r.id AND c.check_date &gt;= #{first})"
            + "        THEN r.last_check_date"
            + "      ELSE (SELECT MAX(c.check_date) FROM register_check c WHERE c.record_id = r.id AND c.check_date &lt; #{first})"
            + " END AS before_month"
            + " FROM register_record r WHERE r.created_at &lt; #{storedBefore}) d"
            + " WHERE d.before_month IS NULL OR TIMESTAMPADD(DAY, d.days, d.before_month) &lt;= #{last}"
            + " OR (d.kind = 'FLOATING' AND d.expected_leave_on IS NOT NULL AND d.expected_leave_on &lt;= #{last}"
            + "     AND d.before_month &lt; d.expected_leave_on)";

    @Select("<script>SELECT due.grid_code AS grid, COUNT(*) AS records FROM (" + DUE_RECORDS + ") due"
            + " GROUP BY due.grid_code</script>")
    List<Map<String, Object>> checksDue(@Param("first") LocalDate first, @Param("last") LocalDate last,
            @Param("storedBefore") Instant storedBefore, @Param("defaults") Map<String, Integer> defaults);

    @Select("<script>SELECT due.grid_code AS grid, <if test='byWorker'>c.worker_code</if><if test='!byWorker'>NULL</if> AS worker,"
            + " COUNT(DISTINCT due.id) AS records FROM (" + DUE_RECORDS + ") due"
            + " JOIN register_check c ON c.record_id = due.id AND c.check_date BETWEEN #{first} AND #{last}"
            + "<if test='byWorker'> WHERE c.worker_code IS NOT NULL GROUP BY due.grid_code, c.worker_code</if>"
            + "<if test='!byWorker'> GROUP BY due.grid_code</if></script>")
    List<Map<String, Object>> checksDone(@Param("first") LocalDate first, @Param("last") LocalDate last,
            @Param("storedBefore") Instant storedBefore, @Param("defaults") Map<String, Integer> defaults,
            @Param("byWorker") boolean byWorker);

    /** Self-reports: the worker is the actor of the event's first timeline entry (reported), as 报事 records it. */
    @Select("SELECT SUBSTRING(t.actor, 8) AS worker, COUNT(*) AS reports FROM grid_event e"
            + " JOIN event_timeline t ON t.event_id = e.id AND t.from_status IS NULL"
            + " WHERE e.source = 'WORKER' AND e.status <> 'CANCELLED' AND e.created_at >= #{from} AND e.created_at < #{to}"
            + " AND t.actor LIKE 'WORKER:%' GROUP BY t.actor")
    List<Map<String, Object>> selfReports(@Param("from") Instant from, @Param("to") Instant to);
}

package cn.gridbot.patrol.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import cn.gridbot.patrol.DutyWorker;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolQuery;

/** Hand-written SQL for {@code patrol} and {@code patrol_point}; unit paths are matched literally (LikePatterns). */
@Mapper
interface PatrolMapper {

    String COLUMNS = "id, worker_code, unit_code, unit_path, started_at, ended_at, points, inside_points, valid, auto_ended, note";

    String FILTERS = """
            <where>
              <if test="q.workerCode != null">AND worker_code = #{q.workerCode}</if>
              <if test="q.unitPath != null">
                <bind name="p" value="@cn.gridbot.common.persistence.LikePatterns@startingWith(q.unitPath)"/>
                AND unit_path LIKE #{p} ESCAPE '!'
              </if>
              <if test="q.from != null">AND started_at &gt;= #{q.from}</if>
              <if test="q.to != null">AND started_at &lt; #{q.to}</if>
              <if test="q.valid != null">AND valid = #{q.valid}</if>
            </where>
            """;

    @Insert("""
            INSERT INTO patrol (worker_code, unit_code, unit_path, started_at, duty_day, half_day, points, inside_points, valid,
                                auto_ended, open_worker)
            VALUES (#{p.workerCode}, #{p.unitCode}, #{p.unitPath}, #{p.startedAt}, #{day}, #{half}, 0, 0, FALSE, FALSE,
                    #{p.workerCode})
            """)
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(@Param("p") Patrol patrol, @Param("day") LocalDate day, @Param("half") String half,
            @Param("key") GeneratedId key);

    /** Per worker: the distinct half-days of these days with a valid patrol. */
    @Select("""
            <script>
            SELECT worker_code AS worker, COUNT(*) AS halves FROM (
              SELECT DISTINCT worker_code, duty_day, half_day FROM patrol
               WHERE valid = TRUE
                 AND duty_day IN <foreach collection="days" item="d" open="(" separator="," close=")">#{d}</foreach>
              <if test="unitPath != null">
                <bind name="p" value="@cn.gridbot.common.persistence.LikePatterns@startingWith(unitPath)"/>
                 AND unit_path LIKE #{p} ESCAPE '!'
              </if>
            ) halves_done GROUP BY worker_code
            </script>
            """)
    List<Map<String, Object>> selectHalfDaysDone(@Param("unitPath") String unitPath, @Param("days") Collection<LocalDate> days);

    @Select("SELECT " + COLUMNS + " FROM patrol WHERE open_worker = #{workerCode}")
    Patrol selectOpen(String workerCode);

    @Select("SELECT " + COLUMNS + " FROM patrol WHERE id = #{id}")
    Patrol selectById(long id);

    @Update("""
            UPDATE patrol SET points = points + 1, inside_points = inside_points + #{inside}
             WHERE id = #{id} AND ended_at IS NULL
            """)
    int countPoint(@Param("id") long id, @Param("inside") int inside);

    @Insert("INSERT INTO patrol_point (patrol_id, at, longitude, latitude, inside) VALUES (#{id}, #{r.at}, #{r.longitude}, #{r.latitude}, #{r.inside})")
    void insertPoint(@Param("id") long id, @Param("r") PointRow row);

    @Update("""
            UPDATE patrol SET ended_at = #{at}, valid = #{valid}, auto_ended = #{auto}, note = #{note}, open_worker = NULL
             WHERE id = #{id} AND ended_at IS NULL
            """)
    int end(@Param("id") long id, @Param("at") Instant at, @Param("valid") boolean valid, @Param("auto") boolean auto,
            @Param("note") String note);

    @Select("SELECT " + COLUMNS + " FROM patrol WHERE open_worker IS NOT NULL AND started_at < #{before} ORDER BY started_at LIMIT #{limit}")
    List<Patrol> selectOpenSince(@Param("before") Instant before, @Param("limit") int limit);

    @Select("<script>SELECT " + COLUMNS + " FROM patrol " + FILTERS
            + " ORDER BY started_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<Patrol> search(@Param("q") PatrolQuery query, @Param("limit") int limit, @Param("offset") long offset);

    @Select("<script>SELECT COUNT(*) FROM patrol " + FILTERS + "</script>")
    long count(@Param("q") PatrolQuery query);

    @Select("SELECT at, longitude, latitude, inside FROM patrol_point WHERE patrol_id = #{id} ORDER BY id")
    List<PointRow> selectTrack(long id);

    @Select("""
            <script>
            SELECT w.code, w.name, w.unit_code, g.path AS unit_path, w.openid
              FROM worker w JOIN grid_unit g ON g.code = w.unit_code
             WHERE g.level = 'GRID' AND w.on_duty = TRUE
            <if test="unitPath != null">
              <bind name="p" value="@cn.gridbot.common.persistence.LikePatterns@startingWith(unitPath)"/>
              AND g.path LIKE #{p} ESCAPE '!'
            </if>
             ORDER BY w.code
            </script>
            """)
    List<DutyWorker> selectDutyWorkers(@Param("unitPath") String unitPath);
}

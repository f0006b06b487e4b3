package cn.gridbot.gridevent.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ExtensionMapper {

    String COLUMNS = "id, event_number, worker_code, working_days, reason, status, unit_path, requested_at, previous_deadline,"
            + " new_deadline, decided_at, decided_by, decision_note";

    /** A subtree's requests, optionally in one state; the path prefix is matched literally. */
    String FILTERS = "<where><if test='status != null'>status = #{status}</if>"
            + "<if test='path != null'><bind name='prefix' value='@cn.gridbot.common.persistence.LikePatterns@startingWith(path)'/>"
            + " AND unit_path LIKE #{prefix} ESCAPE '!'</if></where>";

    @Insert("INSERT INTO extension_request (event_number, worker_code, working_days, reason, status, unit_path, requested_at,"
            + " previous_deadline) VALUES (#{r.eventNumber}, #{r.workerCode}, #{r.workingDays}, #{r.reason}, #{r.status},"
            + " #{r.unitPath}, #{r.requestedAt}, #{r.previousDeadline})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(@Param("r") ExtensionRow row, @Param("key") GeneratedId key);

    @Select("SELECT " + COLUMNS + " FROM extension_request WHERE id = #{id}")
    ExtensionRow selectById(long id);

    @Select("<script>SELECT " + COLUMNS + " FROM extension_request " + FILTERS
            + " ORDER BY id LIMIT #{limit} OFFSET #{offset}</script>")
    List<ExtensionRow> search(@Param("status") String status, @Param("path") String path, @Param("limit") int limit,
            @Param("offset") long offset);

    @Select("<script>SELECT COUNT(*) FROM extension_request " + FILTERS + "</script>")
    long count(@Param("status") String status, @Param("path") String path);

    @Select("SELECT COUNT(*) FROM extension_request WHERE event_number = #{number} AND status IN ('PENDING', 'APPROVED')")
    int countStanding(String number);

    @Select("SELECT COUNT(*) FROM extension_request WHERE event_number = #{number} AND status = 'PENDING'")
    int countPending(String number);

    @Update("UPDATE extension_request SET status = #{status}, new_deadline = #{newDeadline}, decided_at = #{decidedAt},"
            + " decided_by = #{decidedBy}, decision_note = #{decisionNote} WHERE id = #{id} AND status = 'PENDING'")
    int decide(ExtensionRow row);
}

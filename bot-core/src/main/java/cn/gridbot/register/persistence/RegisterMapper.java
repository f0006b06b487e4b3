package cn.gridbot.register.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

import cn.gridbot.register.RegisterCheck;

@Mapper
interface RegisterMapper {

    RegisterRow selectById(long id);

    Long selectIdByNaturalKey(@Param("kind") String kind, @Param("naturalKey") String naturalKey);

    List<RegisterRow> selectPage(@Param("kind") String kind, @Param("unitPath") String unitPath, @Param("dueBy") LocalDate dueBy,
            @Param("q") String q, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("kind") String kind, @Param("unitPath") String unitPath, @Param("dueBy") LocalDate dueBy,
            @Param("q") String q);

    List<RegisterRow> selectExactInGrid(@Param("gridCode") String gridCode, @Param("text") String text,
            @Param("placesOnly") boolean placesOnly, @Param("limit") int limit);

    List<RegisterRow> selectContainingInGrid(@Param("gridCode") String gridCode, @Param("text") String text,
            @Param("placesOnly") boolean placesOnly, @Param("limit") int limit);

    List<RegisterRow> selectDueInGrid(@Param("gridCode") String gridCode, @Param("by") LocalDate by, @Param("limit") int limit);

    int insert(@Param("r") RegisterRow row, @Param("at") Instant at);

    int update(@Param("r") RegisterRow row, @Param("at") Instant at);

    int insertCheck(@Param("c") RegisterCheck check);

    int moveLastCheck(@Param("id") long recordId, @Param("date") LocalDate date, @Param("nextDue") LocalDate nextDue,
            @Param("complete") boolean complete, @Param("at") Instant at);

    List<CheckRow> selectChecks(long recordId);

    void selectCycleDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, ResultHandler<DueRow> each);

    void selectLeavingBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, ResultHandler<DueRow> each);

    void selectNeverChecked(ResultHandler<DueRow> each);

    void selectOverdueChangedSince(@Param("before") LocalDate before, @Param("since") Instant since, ResultHandler<DueRow> each);
}

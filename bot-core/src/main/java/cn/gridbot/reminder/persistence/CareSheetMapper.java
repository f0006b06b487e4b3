package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CareSheetMapper {

    List<CareSheetRow> selectBirthdays(@Param("days") List<Integer> monthDays);

    List<CareSheetRow> selectVisitsDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<CareSheetRow> selectNeverVisited();

    List<CareSheetRow> selectOverdueChangedSince(@Param("before") LocalDate before, @Param("since") Instant since);

    LocalDate selectPreviousRunDate(LocalDate day);

    Instant selectRunStart(LocalDate day);

    int insertRun(@Param("day") LocalDate day, @Param("started") Instant started, @Param("finished") Instant finished);

    int updateRun(@Param("day") LocalDate day, @Param("started") Instant started, @Param("finished") Instant finished);
}

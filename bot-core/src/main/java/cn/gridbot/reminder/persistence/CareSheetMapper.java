package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

@Mapper
interface CareSheetMapper {

    void selectBirthdays(@Param("days") List<Integer> monthDays, ResultHandler<CareSheetRow> each);

    void selectVisitsDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, ResultHandler<CareSheetRow> each);

    void selectNeverVisited(ResultHandler<CareSheetRow> each);

    void selectOverdueChangedSince(@Param("before") LocalDate before, @Param("since") Instant since,
            ResultHandler<CareSheetRow> each);

    LocalDate selectPreviousRunDate(LocalDate day);

    Instant selectRunStart(LocalDate day);

    int insertRun(@Param("day") LocalDate day, @Param("started") Instant started, @Param("finished") Instant finished);

    int updateRun(@Param("day") LocalDate day, @Param("started") Instant started, @Param("finished") Instant finished);
}

package cn.gridbot.resident.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.gridbot.resident.Visit;

@Mapper
interface ResidentMapper {

    ResidentRow selectById(long id);

    Long selectIdByNaturalKey(String naturalKey);

    List<ResidentRow> selectPage(@Param("unitPath") String unitPath, @Param("tag") String tag,
            @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("unitPath") String unitPath, @Param("tag") String tag);

    String selectGridByOpenid(String openid);

    List<ResidentRow> selectInGrid(@Param("gridCode") String gridCode, @Param("name") String name);

    List<ResidentRow> selectByName(String name);

    List<ResidentRow> selectBirthdays(@Param("gridCode") String gridCode, @Param("days") List<Integer> monthDays);

    List<ResidentRow> selectVisitsDue(@Param("gridCode") String gridCode, @Param("by") LocalDate by,
            @Param("limit") int limit);

    List<Visit> selectVisitsBy(@Param("workerCode") String workerCode, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    int insertVisit(@Param("v") Visit visit, @Param("at") Instant at);

    int moveLastVisit(@Param("id") long residentId, @Param("date") LocalDate date, @Param("nextDue") LocalDate nextDue,
            @Param("at") Instant at);

    int insert(@Param("r") ResidentRow row, @Param("at") Instant at);

    int update(@Param("r") ResidentRow row, @Param("at") Instant at);
}

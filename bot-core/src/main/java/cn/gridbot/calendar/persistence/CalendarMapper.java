package cn.gridbot.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.gridbot.calendar.CalendarDay;

@Mapper
interface CalendarMapper {

    @Select("SELECT cal_date, kind, name FROM calendar_day ORDER BY cal_date")
    @ConstructorArgs({ @Arg(column = "cal_date", javaType = LocalDate.class),
            @Arg(column = "kind", javaType = CalendarDay.Kind.class), @Arg(column = "name", javaType = String.class) })
    List<CalendarDay> selectAll();

    @Select("SELECT cal_date, kind, name FROM calendar_day WHERE cal_date BETWEEN #{from} AND #{to} ORDER BY cal_date")
    @ConstructorArgs({ @Arg(column = "cal_date", javaType = LocalDate.class),
            @Arg(column = "kind", javaType = CalendarDay.Kind.class), @Arg(column = "name", javaType = String.class) })
    List<CalendarDay> selectBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Delete("DELETE FROM calendar_day WHERE cal_date BETWEEN #{from} AND #{to}")
    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Insert("INSERT INTO calendar_day (cal_date, kind, name, updated_at) VALUES (#{d.day}, #{d.kind}, #{d.name}, #{at})")
    int insert(@Param("d") CalendarDay day, @Param("at") Instant at);

    @Select("SELECT COUNT(*) AS days, MAX(updated_at) AS changed FROM calendar_day")
    Map<String, Object> fingerprint();
}

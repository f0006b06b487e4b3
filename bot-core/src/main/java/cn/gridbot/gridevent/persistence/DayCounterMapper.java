package cn.gridbot.gridevent.persistence;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DayCounterMapper {

    @Insert("INSERT IGNORE INTO event_sequence (seq_day, last_value) VALUES (#{day}, 0)")
    void ensure(LocalDate day);

    @Select("SELECT last_value FROM event_sequence WHERE seq_day = #{day} FOR UPDATE")
    long lock(LocalDate day);

    @Update("UPDATE event_sequence SET last_value = #{value} WHERE seq_day = #{day}")
    void set(@Param("day") LocalDate day, @Param("value") long value);
}

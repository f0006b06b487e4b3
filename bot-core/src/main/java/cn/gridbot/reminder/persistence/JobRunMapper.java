package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface JobRunMapper {

    @Select("SELECT MAX(run_date) FROM job_run WHERE job = #{job} AND finished_at IS NOT NULL")
    LocalDate selectLastDone(String job);

    @Insert("""
            INSERT INTO job_run (job, run_date, started_at, finished_at) VALUES (#{job}, #{day}, #{started}, #{finished})
            ON DUPLICATE KEY UPDATE started_at = VALUES(started_at), finished_at = VALUES(finished_at)
            """)
    void upsert(@Param("job") String job, @Param("day") LocalDate day, @Param("started") Instant started,
            @Param("finished") Instant finished);
}

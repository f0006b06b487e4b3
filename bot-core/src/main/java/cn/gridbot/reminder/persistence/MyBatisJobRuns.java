package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.reminder.JobRuns;

@Repository
class MyBatisJobRuns implements JobRuns {

    private final JobRunMapper mapper;

    MyBatisJobRuns(JobRunMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<LocalDate> lastDone(String job) {
        return Optional.ofNullable(mapper.selectLastDone(job));
    }

    @Override
    public void record(String job, LocalDate day, Instant startedAt, Instant finishedAt) {
        mapper.upsert(job, day, startedAt, finishedAt);
    }
}

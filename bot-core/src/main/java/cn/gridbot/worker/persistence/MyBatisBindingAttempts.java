package cn.gridbot.worker.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Repository;

import cn.gridbot.worker.BindingAttempts;

@Repository
class MyBatisBindingAttempts implements BindingAttempts {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final BindingFailureMapper mapper;
    private final Clock clock;

    MyBatisBindingAttempts(BindingFailureMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public int failures(String openid) {
        Integer failures = mapper.selectFailures(openid, clock.instant().minus(WINDOW));
        return failures == null ? 0 : failures;
    }

    @Override
    public int recordFailure(String openid) {
        Instant now = clock.instant();
        mapper.recordFailure(openid, now, now.minus(WINDOW));
        return failures(openid);
    }

    @Override
    public void reset(String openid) {
        mapper.delete(openid);
    }
}

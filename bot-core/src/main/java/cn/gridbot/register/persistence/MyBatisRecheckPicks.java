package cn.gridbot.register.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;

import cn.gridbot.register.CheckResult;
import cn.gridbot.register.RecheckPicks;

/** Pending choices in {@code register_pick}, one row per worker, 30 minutes. */
@Repository
class MyBatisRecheckPicks implements RecheckPicks {

    private static final Duration TTL = Duration.ofMinutes(30);

    private final PickMapper mapper;
    private final Clock clock;

    MyBatisRecheckPicks(PickMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void offer(String openid, Pending pending) {
        String ids = pending.recordIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        mapper.upsert(openid, ids, pending.result().name(), pending.note(), clock.instant().plus(TTL));
    }

    @Override
    public Optional<Pending> pending(String openid) {
        PickRow row = mapper.select(openid, clock.instant());
        if (row == null) {
            return Optional.empty();
        }
        List<Long> ids = Arrays.stream(row.recordIds().split(",")).map(Long::valueOf).toList();
        return Optional.of(new Pending(ids, CheckResult.valueOf(row.result()), row.note()));
    }

    @Override
    public void clear(String openid) {
        mapper.delete(openid);
    }
}

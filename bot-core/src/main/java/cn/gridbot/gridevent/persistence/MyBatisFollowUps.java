package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import cn.gridbot.gridevent.FollowUp;
import cn.gridbot.gridevent.FollowUps;

/** Follow-up calls in {@code event_followup} (V63). */
@Repository
class MyBatisFollowUps implements FollowUps {

    private final FollowUpMapper mapper;

    MyBatisFollowUps(FollowUpMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(FollowUp call) {
        mapper.insert(call);
    }

    @Override
    public List<String> closedResidentEvents(String unitPath, Instant from, Instant to, int limit) {
        return mapper.closedResidentEvents(unitPath, from, to, limit);
    }

    @Override
    public Tally tally(String unitPath, Instant from, Instant to) {
        Map<String, Object> row = mapper.tally(unitPath, from, to);
        return new Tally(n(row, "answered"), n(row, "satisfied"), n(row, "unreached"));
    }

    private static long n(Map<String, Object> row, String column) {
        Object value = row == null ? null : row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}

package cn.gridbot.notify.persistence;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

import cn.gridbot.notify.OutboxBacklog;

/** The outbox backlog read from {@code notification} by its (status, next_attempt_at) index. */
@Mapper
public interface OutboxBacklogMapper extends OutboxBacklog {

    @Override
    @Select("SELECT COUNT(*) FROM notification WHERE status = 'PENDING'")
    long pending();

    @Select("SELECT MIN(created_at) FROM notification WHERE status = 'PENDING'")
    Instant selectOldestPending();

    @Override
    default Optional<Instant> oldestPending() {
        return Optional.ofNullable(selectOldestPending());
    }
}

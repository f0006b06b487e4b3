package cn.gridbot.notify.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.gridbot.notify.NotificationQuery;

@Mapper
interface NotificationMapper {

    int insertIgnore(@Param("n") NotificationRow row, @Param("at") Instant at);

    List<DueRow> selectDue(@Param("now") Instant now, @Param("limit") int limit);

    int claim(@Param("id") long id, @Param("token") String token, @Param("now") Instant now,
            @Param("leaseUntil") Instant leaseUntil);

    ClaimedRow selectClaimed(@Param("id") long id, @Param("token") String token);

    int markSent(@Param("id") long id, @Param("token") String token, @Param("channel") String channel,
            @Param("at") Instant at);

    int markRetry(@Param("id") long id, @Param("token") String token, @Param("attempts") int attempts,
            @Param("next") Instant next, @Param("error") String error);

    List<NotificationViewRow> search(@Param("q") NotificationQuery query, @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("q") NotificationQuery query);

    int markFailed(@Param("id") long id, @Param("token") String token, @Param("attempts") int attempts,
            @Param("error") String error);
}

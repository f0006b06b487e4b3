package cn.gridbot.notify.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    int insertIgnore(@Param("n") NotificationRow row, @Param("at") Instant at);
}

package cn.gridbot.conversation.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface MessageLogMapper {

    @Insert("""
            INSERT INTO inbound_message (msg_key, openid, msg_type, content, reply, event_number, received_at)
            VALUES (#{key}, #{openid}, #{type}, #{content}, #{reply}, #{eventNumber}, #{at})
            """)
    int insert(@Param("key") String key, @Param("openid") String openid, @Param("type") String type,
            @Param("content") String content, @Param("reply") String reply, @Param("eventNumber") String eventNumber,
            @Param("at") Instant at);

    @Select("SELECT reply FROM inbound_message WHERE msg_key = #{key}")
    String selectReply(String key);
}

package cn.gridbot.conversation.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface MessageLogMapper {

    @Insert("""
            <script>
            INSERT INTO inbound_message (msg_key, openid, msg_type, content, reply, event_number, received_at) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.key}, #{r.openid}, #{r.type}, #{r.content}, #{r.reply}, #{r.eventNumber}, #{r.at})
            </foreach>
            </script>
            """)
    int insertAll(@Param("rows") List<MessageLogRow> rows);

    @Select("SELECT reply FROM inbound_message WHERE msg_key = #{key}")
    String selectReply(String key);
}

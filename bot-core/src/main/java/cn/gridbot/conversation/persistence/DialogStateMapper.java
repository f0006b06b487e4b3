package cn.gridbot.conversation.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface DialogStateMapper {

    @Select("SELECT state FROM dialog_state WHERE openid = #{openid} AND expires_at > #{now}")
    String select(@Param("openid") String openid, @Param("now") Instant now);

    @Insert("""
            INSERT INTO dialog_state (openid, state, expires_at, updated_at) VALUES (#{openid}, #{state}, #{expires}, #{now})
            ON DUPLICATE KEY UPDATE state = VALUES(state), expires_at = VALUES(expires_at), updated_at = VALUES(updated_at)
            """)
    void upsert(@Param("openid") String openid, @Param("state") String state, @Param("expires") Instant expires,
            @Param("now") Instant now);

    @Delete("DELETE FROM dialog_state WHERE openid = #{openid}")
    void delete(String openid);

    @Delete("DELETE FROM dialog_state WHERE expires_at < #{now} LIMIT #{limit}")
    int deleteExpired(@Param("now") Instant now, @Param("limit") int limit);
}

package cn.gridbot.conversation.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DialogStateMapper {

    @Select("SELECT state FROM dialog_state WHERE openid = #{openid} AND expires_at > #{now}")
    String select(@Param("openid") String openid, @Param("now") Instant now);

    /**
     * {@code followUp}: when an unanswered danger is due ({@code UnansweredDangers}), or null for none. Every save sets
     * it afresh: a state still waiting is saved again only when the resident did something (a photo, a new question),
     * and a new question must not inherit an earlier one's time.
     */
    @Insert("""
            INSERT INTO dialog_state (openid, state, expires_at, updated_at, follow_up_at)
            VALUES (#{openid}, #{state}, #{expires}, #{now}, #{followUp})
            ON DUPLICATE KEY UPDATE state = VALUES(state), expires_at = VALUES(expires_at), updated_at = VALUES(updated_at),
                follow_up_at = VALUES(follow_up_at)
            """)
    void upsert(@Param("openid") String openid, @Param("state") String state, @Param("expires") Instant expires,
            @Param("now") Instant now, @Param("followUp") Instant followUp);

    @Select("""
            SELECT openid FROM dialog_state WHERE follow_up_at <= #{now} AND expires_at > #{now}
            ORDER BY follow_up_at LIMIT #{limit}
            """)
    List<String> dueForFollowUp(@Param("now") Instant now, @Param("limit") int limit);

    @Update("UPDATE dialog_state SET follow_up_at = NULL WHERE openid = #{openid} AND follow_up_at <= #{now}")
    int claimFollowUp(@Param("openid") String openid, @Param("now") Instant now);

    @Delete("DELETE FROM dialog_state WHERE openid = #{openid}")
    void delete(String openid);

    @Delete("DELETE FROM dialog_state WHERE expires_at < #{now} LIMIT #{limit}")
    int deleteExpired(@Param("now") Instant now, @Param("limit") int limit);
}

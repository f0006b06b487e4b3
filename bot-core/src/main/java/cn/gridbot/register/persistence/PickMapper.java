package cn.gridbot.register.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface PickMapper {

    @Select("SELECT record_ids, result, note FROM register_pick WHERE openid = #{openid} AND expires_at > #{now}")
    PickRow select(@Param("openid") String openid, @Param("now") Instant now);

    @Insert("""
            INSERT INTO register_pick (openid, record_ids, result, note, expires_at)
            VALUES (#{openid}, #{ids}, #{result}, #{note}, #{expires})
            ON DUPLICATE KEY UPDATE record_ids = VALUES(record_ids), result = VALUES(result), note = VALUES(note),
                                    expires_at = VALUES(expires_at)
            """)
    void upsert(@Param("openid") String openid, @Param("ids") String ids, @Param("result") String result,
            @Param("note") String note, @Param("expires") Instant expires);

    @Delete("DELETE FROM register_pick WHERE openid = #{openid}")
    void delete(String openid);
}

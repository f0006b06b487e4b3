package cn.gridbot.worker.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The binding_failure table: one row per WeChat user with wrong binding codes in the current window. */
@Mapper
interface BindingFailureMapper {

    @Select("SELECT failures FROM binding_failure WHERE openid = #{openid} AND first_failed_at > #{windowStart}")
    Integer selectFailures(@Param("openid") String openid, @Param("windowStart") Instant windowStart);

    /** One more failure; a row whose window is over starts again at one. */
    @Insert("""
            INSERT INTO binding_failure (openid, failures, first_failed_at) VALUES (#{openid}, 1, #{now})
            ON DUPLICATE KEY UPDATE
              failures = CASE WHEN first_failed_at <= #{windowStart} THEN 1 ELSE failures + 1 END,
              first_failed_at = CASE WHEN first_failed_at <= #{windowStart} THEN #{now} ELSE first_failed_at END
            """)
    int recordFailure(@Param("openid") String openid, @Param("now") Instant now, @Param("windowStart") Instant windowStart);

    @Delete("DELETE FROM binding_failure WHERE openid = #{openid}")
    int delete(String openid);
}

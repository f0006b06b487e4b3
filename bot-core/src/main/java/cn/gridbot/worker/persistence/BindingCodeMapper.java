package cn.gridbot.worker.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The binding_code table. A retired code keeps its row (who issued it, when it was used) but loses its hash. */
@Mapper
interface BindingCodeMapper {

    @Update("""
            UPDATE binding_code SET code_hash = NULL
             WHERE code_hash IS NOT NULL AND (worker_code = #{workerCode} OR expires_at <= #{now})
            """)
    int retire(@Param("workerCode") String workerCode, @Param("now") Instant now);

    @Insert("""
            INSERT INTO binding_code (code_hash, worker_code, expires_at, created_at, created_by)
            VALUES (#{hash}, #{workerCode}, #{expiresAt}, #{at}, #{by})
            """)
    int insert(@Param("hash") String hash, @Param("workerCode") String workerCode, @Param("expiresAt") Instant expiresAt,
            @Param("at") Instant at, @Param("by") String issuedBy);

    @Select("SELECT worker_code FROM binding_code WHERE code_hash = #{hash} AND expires_at > #{now}")
    String selectLiveWorker(@Param("hash") String hash, @Param("now") Instant now);

    @Update("""
            UPDATE binding_code SET code_hash = NULL, used_at = #{now}
             WHERE code_hash = #{hash} AND expires_at > #{now}
            """)
    int use(@Param("hash") String hash, @Param("now") Instant now);
}

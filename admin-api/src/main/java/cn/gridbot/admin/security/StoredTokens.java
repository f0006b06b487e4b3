package cn.gridbot.admin.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The admin_token table: hashes only, never the tokens themselves. */
@Mapper
public interface StoredTokens {

    /** A stored token's row. */
    record Row(Long id, String tokenHash, String role, String unitCode, String label, Instant expiresAt, Instant revokedAt,
            Instant createdAt, String createdBy) {
    }

    /** Receives the generated id. */
    class NewToken {
        Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    @Select("SELECT id, token_hash, role, unit_code, label, expires_at, revoked_at, created_at, created_by FROM admin_token WHERE token_hash = #{hash}")
    Row findByHash(String hash);

    @Select("SELECT id, token_hash, role, unit_code, label, expires_at, revoked_at, created_at, created_by FROM admin_token ORDER BY id")
    List<Row> findAll();

    @Select("SELECT id, token_hash, role, unit_code, label, expires_at, revoked_at, created_at, created_by FROM admin_token WHERE id = #{id}")
    Row findById(long id);

    @Insert("""
            INSERT INTO admin_token (token_hash, role, unit_code, label, expires_at, created_at, created_by)
            VALUES (#{r.tokenHash}, #{r.role}, #{r.unitCode}, #{r.label}, #{r.expiresAt}, #{r.createdAt}, #{r.createdBy})
            """)
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    int insert(@Param("r") Row row, @Param("key") NewToken key);

    @Update("UPDATE admin_token SET revoked_at = #{at} WHERE id = #{id} AND revoked_at IS NULL")
    int revoke(@Param("id") long id, @Param("at") Instant at);

    default Optional<Row> byHash(String hash) {
        return Optional.ofNullable(findByHash(hash));
    }
}

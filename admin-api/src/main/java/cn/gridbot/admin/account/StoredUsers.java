package cn.gridbot.admin.account;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The console_user and console_session tables: password hashes and session-token hashes only. */
@Mapper
interface StoredUsers {

    /** A user's row. */
    record Row(Long id, String username, String passwordHash, String role, String unitCode, int failedCount,
            Instant lockedUntil, Instant createdAt, String createdBy) {
    }

    /** A session joined with its user. */
    record SessionRow(String tokenHash, long userId, Instant expiresAt, String username, String role, String unitCode) {
    }

    /** Receives the generated id. */
    class NewUser {
        Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    String COLUMNS = "id, username, password_hash, role, unit_code, failed_count, locked_until, created_at, created_by";

    @Select("SELECT " + COLUMNS + " FROM console_user WHERE username = #{username}")
    Row findByUsername(String username);

    @Select("SELECT COUNT(*) FROM console_user")
    long count();

    @Select("SELECT " + COLUMNS + " FROM console_user ORDER BY id")
    List<Row> findAll();

    @Insert("""
            INSERT INTO console_user (username, password_hash, role, unit_code, created_at, created_by)
            VALUES (#{r.username}, #{r.passwordHash}, #{r.role}, #{r.unitCode}, #{r.createdAt}, #{r.createdBy})
            """)
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    int insert(@Param("r") Row row, @Param("key") NewUser key);

    /** One more wrong password, counted in the database so that concurrent attempts all count. */
    @Update("UPDATE console_user SET failed_count = failed_count + 1 WHERE id = #{id}")
    int countFailure(long id);

    @Select("SELECT failed_count FROM console_user WHERE id = #{id}")
    int failures(long id);

    @Update("UPDATE console_user SET failed_count = 0, locked_until = #{until} WHERE id = #{id}")
    int lock(@Param("id") long id, @Param("until") Instant until);

    @Update("UPDATE console_user SET failed_count = 0, locked_until = NULL WHERE id = #{id}")
    int signedIn(long id);

    @Insert("INSERT INTO console_session (token_hash, user_id, expires_at, created_at) VALUES (#{hash}, #{userId}, #{expiresAt}, #{at})")
    int insertSession(@Param("hash") String hash, @Param("userId") long userId, @Param("expiresAt") Instant expiresAt,
            @Param("at") Instant at);

    @Select("""
            SELECT s.token_hash, s.user_id, s.expires_at, u.username, u.role, u.unit_code
            FROM console_session s JOIN console_user u ON u.id = s.user_id WHERE s.token_hash = #{hash}
            """)
    SessionRow findSession(String hash);

    @Delete("DELETE FROM console_session WHERE token_hash = #{hash}")
    int deleteSession(String hash);

    @Delete("DELETE FROM console_session WHERE expires_at < #{before}")
    int deleteExpired(Instant before);
}

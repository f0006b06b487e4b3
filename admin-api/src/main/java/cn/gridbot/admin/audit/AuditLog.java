package cn.gridbot.admin.audit;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The audit_log table. */
@Mapper
public interface AuditLog {

    /** One admin write. */
    record Entry(Long id, Instant at, String actor, String role, String method, String path, int status, String detail) {
    }

    @Insert("""
            INSERT INTO audit_log (at, actor, role, method, path, status, detail)
            VALUES (#{e.at}, #{e.actor}, #{e.role}, #{e.method}, #{e.path}, #{e.status}, #{e.detail})
            """)
    int insert(@Param("e") Entry entry);

    @Select("SELECT id, at, actor, role, method, path, status, detail FROM audit_log ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
    List<Entry> page(@Param("limit") int limit, @Param("offset") long offset);

    @Select("SELECT COUNT(*) FROM audit_log")
    long count();
}

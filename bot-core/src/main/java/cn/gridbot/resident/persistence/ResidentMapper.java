package cn.gridbot.resident.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ResidentMapper {

    ResidentRow selectById(long id);

    Long selectIdByNaturalKey(String naturalKey);

    List<ResidentRow> selectPage(@Param("unitPath") String unitPath, @Param("tag") String tag,
            @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("unitPath") String unitPath, @Param("tag") String tag);

    String selectGridByOpenid(String openid);

    int insert(@Param("r") ResidentRow row, @Param("at") Instant at);

    int update(@Param("r") ResidentRow row, @Param("at") Instant at);
}

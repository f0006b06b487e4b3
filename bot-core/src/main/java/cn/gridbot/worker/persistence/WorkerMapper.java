package cn.gridbot.worker.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.gridbot.worker.Worker;

@Mapper
interface WorkerMapper {

    Worker selectByCode(String code);

    Worker selectByOpenid(String openid);

    List<Worker> selectByUnit(String unitCode);

    List<Worker> selectBound();

    List<Worker> selectPage(@Param("unitPath") String unitPath, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("unitPath") String unitPath);

    int insert(@Param("w") Worker worker, @Param("at") Instant at);

    int update(@Param("w") Worker worker, @Param("at") Instant at);
}

package cn.gridbot.register.persistence;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TallyMapper {

    List<TallyRow> countByGrid(@Param("unitPath") String unitPath, @Param("today") LocalDate today);
}

package cn.gridbot.grid.persistence;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GridUnitMapper {

    List<GridUnitRow> selectAll();

    GridUnitRow selectByCode(String code);

    int insert(GridUnitRow row);

    int update(GridUnitRow row);

    Map<String, Object> fingerprint();
}

package cn.gridbot.register.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Repository;

import cn.gridbot.register.RegisterTally;

@Repository
class MyBatisRegisterTally implements RegisterTally {

    private final TallyMapper mapper;

    MyBatisRegisterTally(TallyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<GridCount> countByGrid(String unitPath, LocalDate today) {
        return mapper.countByGrid(unitPath, today).stream().map(TallyRow::toCount).toList();
    }
}

package cn.gridbot.resident.persistence;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.RegisteredGrids;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;

@Repository
class MyBatisResidents implements Residents, RegisteredGrids {

    private final ResidentMapper mapper;
    private final Clock clock;

    MyBatisResidents(ResidentMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<Resident> findById(long id) {
        return Optional.ofNullable(mapper.selectById(id)).map(ResidentRow::toResident);
    }

    @Override
    public Page<Resident> list(String unitPath, CareTag tag, PageRequest page) {
        String tagName = tag == null ? null : tag.name();
        return new Page<>(mapper.selectPage(unitPath, tagName, page.size(), page.offset()).stream()
                .map(ResidentRow::toResident).toList(), page.page(), page.size(), mapper.count(unitPath, tagName));
    }

    @Override
    public boolean upsert(Resident resident) {
        ResidentRow row = ResidentRow.of(resident);
        Long existing = mapper.selectIdByNaturalKey(row.naturalKey());
        if (existing == null) {
            mapper.insert(row, clock.instant());
            return true;
        }
        ResidentRow withId = ResidentRow.of(new Resident(existing, resident.name(), resident.gender(),
                resident.birthDate(), resident.phone(), resident.idNumber(), resident.address(), resident.gridCode(),
                resident.tags(), resident.visitIntervalDays(), resident.lastVisitDate(), resident.openid()));
        mapper.update(withId, clock.instant());
        return false;
    }

    @Override
    public Optional<String> gridOf(String openid) {
        return Optional.ofNullable(mapper.selectGridByOpenid(openid));
    }
}

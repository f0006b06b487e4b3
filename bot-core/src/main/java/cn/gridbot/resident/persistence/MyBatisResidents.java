package cn.gridbot.resident.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.DomainException;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.RegisteredGrids;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;
import cn.gridbot.resident.Visit;

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
    public List<Resident> findInGrid(String gridCode, String name) {
        return mapper.selectInGrid(gridCode, name).stream().map(ResidentRow::toResident).toList();
    }

    @Override
    public List<Resident> findByName(String name) {
        return mapper.selectByName(name).stream().map(ResidentRow::toResident).toList();
    }

    @Override
    public List<Resident> birthdaysInGrid(String gridCode, List<Integer> monthDays) {
        if (monthDays.isEmpty()) {
            return List.of();
        }
        return mapper.selectBirthdays(gridCode, monthDays).stream().map(ResidentRow::toResident).toList();
    }

    @Override
    public List<Resident> visitsDueInGrid(String gridCode, LocalDate by, int limit) {
        return mapper.selectVisitsDue(gridCode, by, limit).stream().map(ResidentRow::toResident).toList();
    }

    @Override
    public List<Visit> visitsBy(String workerCode, LocalDate from, LocalDate to) {
        return mapper.selectVisitsBy(workerCode, from, to);
    }

    @Override
    public void logVisit(Visit visit) {
        mapper.insertVisit(visit, clock.instant());
        ResidentRow row = mapper.selectById(visit.residentId());
        Integer interval = row == null ? null : row.visitIntervalDays();
        mapper.moveLastVisit(visit.residentId(), visit.date(), interval == null ? null : visit.date().plusDays(interval),
                clock.instant());
    }

    @Override
    public void update(Resident resident) {
        ResidentRow row = ResidentRow.of(resident);
        try {
            mapper.update(row, clock.instant());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("duplicate-resident",
                    "Another resident already has this name, birth date and phone");
        }
    }

    @Override
    public Optional<String> gridOf(String openid) {
        return Optional.ofNullable(mapper.selectGridByOpenid(openid));
    }
}

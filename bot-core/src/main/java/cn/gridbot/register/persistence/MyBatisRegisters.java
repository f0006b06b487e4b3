package cn.gridbot.register.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.ibatis.session.ResultHandler;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.register.RecheckDue;
import cn.gridbot.register.RecheckSheet;
import cn.gridbot.register.RegisterCheck;
import cn.gridbot.register.RegisterQuery;
import cn.gridbot.register.RegisterRecord;
import cn.gridbot.register.Registers;

@Repository
class MyBatisRegisters implements Registers, RecheckSheet {

    private final RegisterMapper mapper;
    private final Clock clock;

    MyBatisRegisters(RegisterMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<RegisterRecord> findById(long id) {
        return Optional.ofNullable(mapper.selectById(id)).map(RegisterRow::toRecord);
    }

    @Override
    public Page<RegisterRecord> list(RegisterQuery q, PageRequest page) {
        String kind = q.kind().name();
        String text = q.q() == null || q.q().isBlank() ? null : q.q().strip();
        return new Page<>(mapper.selectPage(kind, q.unitPath(), q.dueBy(), text, page.size(), page.offset()).stream()
                .map(RegisterRow::toRecord).toList(), page.page(), page.size(), mapper.count(kind, q.unitPath(), q.dueBy(), text));
    }

    @Override
    public List<RegisterRecord> findInGrid(String gridCode, String text, boolean placesOnly, int limit) {
        List<RegisterRow> rows = mapper.selectExactInGrid(gridCode, text, placesOnly, limit);
        if (rows.isEmpty()) {
            rows = mapper.selectContainingInGrid(gridCode, text, placesOnly, limit);
        }
        return rows.stream().map(RegisterRow::toRecord).toList();
    }

    @Override
    public List<RegisterRecord> dueInGrid(String gridCode, LocalDate by, int limit) {
        return mapper.selectDueInGrid(gridCode, by, limit).stream().map(RegisterRow::toRecord).toList();
    }

    @Override
    public boolean upsert(RegisterRecord record) {
        Long existing = mapper.selectIdByNaturalKey(record.kind().name(), record.naturalKey());
        if (existing == null) {
            mapper.insert(RegisterRow.of(record), clock.instant());
            return true;
        }
        mapper.update(RegisterRow.of(record.withId(existing)), clock.instant());
        return false;
    }

    @Override
    public RegisterCheck logCheck(RegisterCheck check) {
        Instant at = clock.instant();
        mapper.insertCheck(check);
        RegisterRow row = mapper.selectById(check.recordId());
        if (row != null) {
            RegisterRecord after = row.toRecord().checkedOn(check.date());
            mapper.moveLastCheck(check.recordId(), after.lastCheckDate(), after.nextCheckDue(), after.complete(), at);
        }
        return check;
    }

    @Override
    public List<RegisterCheck> checks(long recordId) {
        return mapper.selectChecks(recordId).stream().map(CheckRow::toCheck).toList();
    }

    @Override
    public void cycleDueBetween(LocalDate from, LocalDate to, Consumer<RecheckDue> each) {
        if (!from.isAfter(to)) {
            mapper.selectCycleDueBetween(from, to, handler(each));
        }
    }

    @Override
    public void leavingBetween(LocalDate from, LocalDate to, Consumer<RecheckDue> each) {
        if (!from.isAfter(to)) {
            mapper.selectLeavingBetween(from, to, handler(each));
        }
    }

    @Override
    public void neverChecked(Consumer<RecheckDue> each) {
        mapper.selectNeverChecked(handler(each));
    }

    @Override
    public void overdueChangedSince(LocalDate before, Instant since, Consumer<RecheckDue> each) {
        mapper.selectOverdueChangedSince(before, since, handler(each));
    }

    private static ResultHandler<DueRow> handler(Consumer<RecheckDue> each) {
        return row -> each.accept(row.getResultObject().toDue());
    }
}

package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.ibatis.session.ResultHandler;

import org.springframework.stereotype.Repository;

import cn.gridbot.reminder.CareDue;
import cn.gridbot.reminder.CareSheet;

@Repository
class MyBatisCareSheet implements CareSheet {

    private final CareSheetMapper mapper;

    MyBatisCareSheet(CareSheetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void birthdays(List<Integer> monthDays, Consumer<CareDue> each) {
        mapper.selectBirthdays(monthDays, handler(each));
    }

    @Override
    public void visitsDueBetween(LocalDate from, LocalDate to, Consumer<CareDue> each) {
        if (!from.isAfter(to)) {
            mapper.selectVisitsDueBetween(from, to, handler(each));
        }
    }

    @Override
    public void neverVisited(Consumer<CareDue> each) {
        mapper.selectNeverVisited(handler(each));
    }

    @Override
    public void overdueChangedSince(LocalDate before, Instant since, Consumer<CareDue> each) {
        mapper.selectOverdueChangedSince(before, since, handler(each));
    }

    private static ResultHandler<CareSheetRow> handler(Consumer<CareDue> each) {
        return row -> each.accept(row.getResultObject().toDue());
    }

    @Override
    public Optional<Run> previousRun(LocalDate day) {
        LocalDate previous = mapper.selectPreviousRunDate(day);
        return previous == null ? Optional.empty() : Optional.of(new Run(previous, mapper.selectRunStart(previous)));
    }

    @Override
    public void recordRun(LocalDate day, Instant startedAt, Instant finishedAt) {
        if (mapper.insertRun(day, startedAt, finishedAt) == 0) {
            mapper.updateRun(day, startedAt, finishedAt);
        }
    }
}

package cn.gridbot.reminder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
    public List<CareDue> birthdays(List<Integer> monthDays) {
        return mapper.selectBirthdays(monthDays).stream().map(CareSheetRow::toDue).toList();
    }

    @Override
    public List<CareDue> visitsDueBetween(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? List.of() : mapper.selectVisitsDueBetween(from, to).stream().map(CareSheetRow::toDue).toList();
    }

    @Override
    public List<CareDue> neverVisited() {
        return mapper.selectNeverVisited().stream().map(CareSheetRow::toDue).toList();
    }

    @Override
    public List<CareDue> overdueChangedSince(LocalDate before, Instant since) {
        return mapper.selectOverdueChangedSince(before, since).stream().map(CareSheetRow::toDue).toList();
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

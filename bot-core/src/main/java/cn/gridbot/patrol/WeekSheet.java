package cn.gridbot.patrol;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.Source;
import cn.gridbot.resident.CareLabels;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;
import cn.gridbot.resident.Visit;
import cn.gridbot.worker.Worker;

/**
 * A grid worker's weekly sheet (周工作记录表, README "The grid worker's own day"): for the week, Monday to Sunday, that
 * contains a date, the worker's patrols, the visits they logged, the events they reported themselves (报事) and the
 * events they resolved; and for the week after, the birthdays in their grid and the visits due by its Sunday (overdue
 * and never-visited residents included, as in {@link Residents#visitsDueInGrid}).
 */
@Component
public class WeekSheet {

    /** The most patrols, events and residents one sheet lists; a week of one worker stays far below it. */
    static final int LIMIT = PageRequest.MAX_SIZE;

    /** One week of one worker; {@code visits} pairs each logged visit with its resident when still registered. */
    public record Sheet(Worker worker, LocalDate monday, LocalDate sunday, List<Patrol> patrols, List<DoneVisit> visits,
            List<GridEvent> selfReports, List<GridEvent> handled, List<Resident> nextWeekBirthdays,
            List<Resident> nextWeekVisitsDue) {
    }

    public record DoneVisit(Visit visit, Optional<Resident> resident) {
    }

    private final Patrols patrols;
    private final Residents residents;
    private final GridEvents events;
    private final GridbotSettings settings;

    WeekSheet(Patrols patrols, Residents residents, GridEvents events, GridbotSettings settings) {
        this.patrols = patrols;
        this.residents = residents;
        this.events = events;
        this.settings = settings;
    }

    /** The Monday of the week that contains {@code date}. */
    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Sheet of(Worker worker, LocalDate date) {
        ZoneId zone = settings.timeZone();
        LocalDate monday = monday(date);
        LocalDate sunday = monday.plusDays(6);
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
        List<Patrol> patrolled = patrols.search(new PatrolQuery(worker.code(), null, from, to, null), new PageRequest(0, LIMIT))
                .items().stream().sorted((a, b) -> a.startedAt().compareTo(b.startedAt())).toList();
        List<DoneVisit> visits = residents.visitsBy(worker.code(), monday, sunday).stream()
                .map(v -> new DoneVisit(v, residents.findById(v.residentId()))).toList();
        // The worker's events created before the week ended, newest first: those resolved in the week are among them.
        List<GridEvent> held = events.search(new EventQuery(null, null, null, null, worker.code(), null, null, to),
                new PageRequest(0, LIMIT)).items();
        List<GridEvent> selfReports = held.stream().filter(e -> e.report().source() == Source.WORKER)
                .filter(e -> within(e.createdAt(), from, to)).sorted((a, b) -> a.createdAt().compareTo(b.createdAt())).toList();
        List<GridEvent> handled = held.stream().filter(e -> within(e.milestones().resolvedAt(), from, to))
                .sorted((a, b) -> a.milestones().resolvedAt().compareTo(b.milestones().resolvedAt())).toList();
        LocalDate nextMonday = monday.plusDays(7);
        LocalDate nextSunday = nextMonday.plusDays(6);
        return new Sheet(worker, monday, sunday, patrolled, visits, selfReports, handled,
                nextWeekBirthdays(worker.unitCode(), nextMonday), residents.visitsDueInGrid(worker.unitCode(), nextSunday, LIMIT));
    }

    /** The residents of a grid whose birthday falls in the week starting on {@code monday}, by birthday. */
    public List<Resident> nextWeekBirthdays(String gridCode, LocalDate monday) {
        return residents.birthdaysInGrid(gridCode, CareLabels.birthMonthDays(monday, monday.plusDays(6))).stream()
                .sorted((a, b) -> CareLabels.nextBirthday(a.birthDate(), monday).compareTo(CareLabels.nextBirthday(b.birthDate(), monday)))
                .toList();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }
}

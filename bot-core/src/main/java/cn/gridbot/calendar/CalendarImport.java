package cn.gridbot.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.common.CsvSheet;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.common.scheduling.UntilReachable;

/**
 * Loads the calendar: on start-up, each year of the shipped file ({@code calendar/holidays-cn.csv}) that
 * the database does not have yet; and, from an admin, a year's CSV ({@code date,kind,name}) that
 * replaces what was stored — so a new State Council notice needs no release. While the database cannot be reached at
 * start-up (it went away after the schema was migrated) the application does not stop: the load logs one line and
 * tries again every {@code gridbot.calendar.retry-interval}, as the demo county's does (README "Failure behaviour").
 */
@Component
public class CalendarImport implements ApplicationRunner {

    static final String SHIPPED = "calendar/holidays-cn.csv";
    private static final List<String> HEADER = List.of("date", "kind", "name");
    private static final Logger log = LoggerFactory.getLogger(CalendarImport.class);

    private final CalendarDays days;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;
    private final Duration retry;

    CalendarImport(CalendarDays days, WorkingCalendar calendar, PlatformTransactionManager transactions,
            @Qualifier(Schedulers.HOUSEKEEPING) TaskScheduler scheduler,
            @Value("${gridbot.calendar.retry-interval:PT30S}") Duration retry) {
        this.days = days;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.retry = retry;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the shipped years the database lacks, or, when the database is not reachable, tries again later. */
    void load() {
        UntilReachable.run("Calendar", () -> transaction.executeWithoutResult(status -> loadShipped()), scheduler, retry);
    }

    private void loadShipped() {
        Map<Integer, List<CalendarDay>> shipped = byYear(parse(shipped(), null));
        shipped.forEach((year, rows) -> {
            if (days.findYear(year).isEmpty()) {
                days.replaceYear(year, rows);
                log.info("Calendar {}: {} holidays and make-up days loaded from the shipped file", year, rows.size());
            }
        });
        calendar.reload();
    }

    /** Replaces a year with the rows of an uploaded CSV; every row must be valid and of that year. */
    @Transactional
    public List<CalendarDay> replaceYear(int year, byte[] csv) {
        List<CalendarDay> rows = parse(csv, year);
        days.replaceYear(year, rows);
        calendar.reload();
        return rows;
    }

    private static List<CalendarDay> parse(byte[] csv, Integer year) {
        List<CalendarDay> rows = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (CsvSheet.Row row : CsvSheet.read(csv, HEADER)) {
            String where = "line " + row.line() + ": ";
            LocalDate day;
            CalendarDay.Kind kind;
            try {
                day = LocalDate.parse(row.get("date"));
                kind = CalendarDay.Kind.valueOf(row.get("kind").toUpperCase());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw DomainException.invalid("calendar", where + "date must be YYYY-MM-DD and kind HOLIDAY or WORKDAY");
            }
            if (year != null && day.getYear() != year) {
                throw DomainException.invalid("calendar", where + day + " is not in " + year);
            }
            if (kind == CalendarDay.Kind.WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw DomainException.invalid("calendar", where + day + " is a weekday; a WORKDAY row marks a weekend day worked");
            }
            if (!seen.add(day)) {
                throw DomainException.invalid("calendar", where + day + " appears twice");
            }
            rows.add(new CalendarDay(day, kind, row.get("name").isEmpty() ? kind.name() : row.get("name")));
        }
        return rows;
    }

    private static Map<Integer, List<CalendarDay>> byYear(List<CalendarDay> rows) {
        Map<Integer, List<CalendarDay>> years = new TreeMap<>();
        rows.forEach(r -> years.computeIfAbsent(r.day().getYear(), y -> new ArrayList<>()).add(r));
        return years;
    }

    private static byte[] shipped() {
        try (InputStream in = CalendarImport.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

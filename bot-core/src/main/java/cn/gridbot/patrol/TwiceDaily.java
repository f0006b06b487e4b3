package cn.gridbot.patrol;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gridbot.calendar.WorkingCalendar;
import cn.gridbot.common.GridbotSettings;

/**
 * The twice-daily duty (一日双巡, README "The grid worker's own day"): on each working day of the holiday calendar
 * (make-up working days included, holidays not), every on-duty grid worker owes a valid patrol that starts before
 * noon and another that starts at or after it. A patrol done counts for the half-day it started in.
 */
@Component
public class TwiceDaily {

    /** What one half-day asks of the workers under a unit: who owes it, and who has done it. */
    public record HalfDuty(LocalDate day, HalfDay half, List<DutyWorker> owing, Set<String> done, Set<String> underway) {
    }

    private final Patrols patrols;
    private final WorkingCalendar calendar;
    private final PatrolSettings settings;
    private final ZoneId zone;

    TwiceDaily(Patrols patrols, WorkingCalendar calendar, PatrolSettings settings, GridbotSettings gridbot) {
        this.patrols = patrols;
        this.calendar = calendar;
        this.settings = settings;
        this.zone = gridbot.timeZone();
    }

    public boolean owedOn(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** The half-day's duty under the unit path (all when null); nobody owes anything on a day off. */
    public HalfDuty duty(LocalDate day, HalfDay half, String unitPath) {
        if (!owedOn(day)) {
            return new HalfDuty(day, half, List.of(), Set.of(), Set.of());
        }
        List<DutyWorker> owing = patrols.dutyWorkers(unitPath);
        Set<String> done = new HashSet<>();
        Set<String> underway = new HashSet<>();
        for (Patrol p : patrols.startedBetween(unitPath, half.start(day, settings.noon(), zone), half.end(day, settings.noon(), zone))) {
            if (p.valid()) {
                done.add(p.workerCode());
            } else if (p.open()) {
                underway.add(p.workerCode());
            }
        }
        return new HalfDuty(day, half, owing, done, underway);
    }

    /** Per on-duty grid worker under the unit path: the half-days owed and done from {@code from} to {@code to}, both included. */
    public List<Tally> tally(String unitPath, LocalDate from, LocalDate to) {
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (owedOn(d)) {
                workingDays.add(d);
            }
        }
        int owed = workingDays.size() * HalfDay.values().length;
        Map<String, Integer> done = workingDays.isEmpty() ? Map.of() : patrols.halfDaysDone(unitPath, workingDays);
        List<Tally> tallies = new ArrayList<>();
        for (DutyWorker w : patrols.dutyWorkers(unitPath)) {
            tallies.add(new Tally(w, owed, Math.min(owed, done.getOrDefault(w.code(), 0))));
        }
        return tallies;
    }

    /** One worker's half-day patrols owed and done in a period. */
    public record Tally(DutyWorker worker, int due, int done) {
    }
}

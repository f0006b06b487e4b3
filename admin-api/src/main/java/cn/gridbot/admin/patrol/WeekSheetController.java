package cn.gridbot.admin.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.event.Times;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.patrol.WeekSheet;
import cn.gridbot.resident.CareLabels;
import cn.gridbot.resident.Resident;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * {@code GET /api/v1/workers/{code}/week?date=YYYY-MM-DD}: the worker's weekly sheet (周工作记录表, README "The grid
 * worker's own day") for the Monday-to-Sunday week containing {@code date} (today when left out). Scoped like the other
 * worker endpoints: an ADMIN reads every worker, a SUPERVISOR or VIEWER those of their units; any other worker is "not
 * found". Residents appear by name, age, care tags and address only; notes and descriptions go through the caller's
 * {@link Disclosure}; no phone, ID number or openid is shown.
 */
@RestController
class WeekSheetController {

    record WeekView(String workerCode, String workerName, String gridCode, LocalDate monday, LocalDate sunday,
            Totals totals, List<PatrolView> patrols, List<VisitView> visits, List<EventItem> selfReports,
            List<EventItem> handled, NextWeek nextWeek) {
    }

    record Totals(int patrols, int validPatrols, int visits, int selfReports, int handled) {
    }

    record VisitView(LocalDate date, Long residentId, String resident, String note) {
    }

    record EventItem(String number, String category, String status, String source, String description,
            OffsetDateTime createdAt, OffsetDateTime resolvedAt) {
    }

    record ResidentItem(long residentId, String resident, LocalDate date) {
    }

    record NextWeek(LocalDate monday, LocalDate sunday, List<ResidentItem> birthdays, List<ResidentItem> visitsDue) {
    }

    private final WeekSheet sheets;
    private final Workers workers;
    private final UnitScope scope;
    private final GridbotSettings settings;
    private final Clock clock;

    WeekSheetController(WeekSheet sheets, Workers workers, UnitScope scope, GridbotSettings settings, Clock clock) {
        this.clock = clock;
        this.sheets = sheets;
        this.workers = workers;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping("/api/v1/workers/{code}/week")
    WeekView week(@PathVariable String code, @RequestParam(required = false) String date, Principal principal) {
        principal.scope(null);
        ZoneId zone = settings.timeZone();
        LocalDate day = parse(date, clock.withZone(zone));
        Worker worker = workers.findByCode(code).filter(w -> principal.covers(scope.unit(w.unitCode()).path()))
                .orElseThrow(() -> DomainException.notFound("unknown-worker", "No worker has the code " + code));
        WeekSheet.Sheet sheet = sheets.of(worker, day);
        Disclosure disclosure = Disclosure.to(principal);
        LocalDate nextMonday = sheet.monday().plusDays(7);
        List<PatrolView> patrols = sheet.patrols().stream().map(p -> PatrolView.of(p, zone, disclosure, null)).toList();
        List<VisitView> visits = sheet.visits().stream().map(v -> new VisitView(v.visit().date(), v.visit().residentId(),
                v.resident().map(r -> CareLabels.describe(r, v.visit().date())).orElse(null), disclosure.text(v.visit().note())))
                .toList();
        List<EventItem> selfReports = sheet.selfReports().stream().map(e -> item(e, zone, disclosure)).toList();
        List<EventItem> handled = sheet.handled().stream().map(e -> item(e, zone, disclosure)).toList();
        List<ResidentItem> birthdays = sheet.nextWeekBirthdays().stream()
                .map(r -> resident(r, CareLabels.nextBirthday(r.birthDate(), nextMonday), nextMonday)).toList();
        List<ResidentItem> visitsDue = sheet.nextWeekVisitsDue().stream().map(r -> resident(r, r.nextVisitDue(), nextMonday))
                .toList();
        Totals totals = new Totals(patrols.size(), (int) patrols.stream().filter(PatrolView::valid).count(), visits.size(),
                selfReports.size(), handled.size());
        return new WeekView(worker.code(), worker.name(), worker.unitCode(), sheet.monday(), sheet.sunday(), totals, patrols,
                visits, selfReports, handled, new NextWeek(nextMonday, nextMonday.plusDays(6), birthdays, visitsDue));
    }

    private static LocalDate parse(String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "date must be YYYY-MM-DD");
        }
    }

    private static EventItem item(GridEvent e, ZoneId zone, Disclosure disclosure) {
        return new EventItem(e.number(), e.category().name(), e.status().name(), e.report().source().name(),
                disclosure.text(e.description()), Times.show(e.createdAt(), zone), Times.show(e.milestones().resolvedAt(), zone));
    }

    /** {@code date}: the birthday or the visit due date (null: never visited, due at once). */
    private static ResidentItem resident(Resident r, LocalDate date, LocalDate on) {
        return new ResidentItem(r.id(), CareLabels.describe(r, on), date);
    }
}

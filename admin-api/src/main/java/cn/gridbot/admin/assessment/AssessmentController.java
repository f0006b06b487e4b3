package cn.gridbot.admin.assessment;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.assessment.Assessment;
import cn.gridbot.assessment.AssessmentLevel;
import cn.gridbot.assessment.AssessmentRow;
import cn.gridbot.assessment.Measure;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;

/**
 * {@code GET /api/v1/assessment?month=YYYY-MM&level=WORKER|DEPARTMENT|TOWNSHIP&gridCode=} (README "Departments and
 * supervision"): the ranked rows of the caller's units (default: the token's unit, the county for an ADMIN; the month
 * before the current one), every measure with its counts, value and weight, and the score; {@code assessment.csv} the
 * same for spreadsheets. Beside the event counts, each row has its half-day patrols done and owed, register re-checks
 * done and due and self-reports made against the target (null where nothing was due). Rows name workers and units
 * only: no phone numbers, no openids.
 */
@RestController
class AssessmentController {

    record MeasureView(String measure, Integer weight, Double value) {
    }

    record RowView(int rank, String code, String name, String unitCode, long resolved, long resolvedOnTime, long signed,
            long signedOnTime, long rated, Double averageRating, long reopened, long visitsDone, Long visitsDue,
            Double onTime, Double signTimely, Double satisfaction, Double reopenedComplement, Double visits, Double patrols,
            Double checks, Double selfReports, Double score, long patrolsDone, Long patrolsDue, long checksDone,
            Long checksDue, long selfReportsMade, Double selfReportTarget) {

        static RowView of(AssessmentRow r) {
            var t = r.tally();
            Map<Measure, Double> v = r.values();
            return new RowView(r.rank(), r.code(), r.name(), r.unitCode(), t.resolved(), t.resolvedOnTime(), t.signed(),
                    t.signedOnTime(), t.rated(), t.rated() == 0 ? null : Math.round(t.ratingSum() * 100.0 / t.rated()) / 100.0,
                    t.reopened(), t.visitsDone(), t.visitsDue(), v.get(Measure.ON_TIME), v.get(Measure.SIGN_TIMELY),
                    v.get(Measure.SATISFACTION), v.get(Measure.REOPENED), v.get(Measure.VISITS), v.get(Measure.PATROLS),
                    v.get(Measure.CHECKS), v.get(Measure.SELF_REPORTS), r.score(), t.patrolsDone(), t.patrolsDue(),
                    t.checksDone(), t.checksDue(), t.selfReports(),
                    t.selfReportTarget() == null ? null : Math.round(t.selfReportTarget() * 100) / 100.0);
        }
    }

    record ReportView(String month, String level, String unitCode, Map<String, Integer> weights, List<RowView> items) {
    }

    private static final String[] HEADER = { "rank", "code", "name", "unitCode", "score", "onTime", "signTimely",
            "satisfaction", "reopened", "visits", "patrols", "checks", "selfReports", "resolved", "resolvedOnTime", "signed",
            "signedOnTime", "rated", "averageRating", "reopenedEvents", "visitsDone", "visitsDue",
            "patrolsDone", "patrolsDue", "checksDone", "checksDue", "selfReportsMade", "selfReportTarget" };

    private final Assessment assessment;
    private final UnitScope scope;
    private final Clock clock;
    private final GridbotSettings settings;

    AssessmentController(Assessment assessment, UnitScope scope, Clock clock, GridbotSettings settings) {
        this.assessment = assessment;
        this.scope = scope;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/api/v1/assessment")
    ReportView report(@RequestParam(required = false) String month, @RequestParam(required = false) String level,
            @RequestParam(required = false) String gridCode, Principal principal) {
        Assessment.Report r = assess(month, level, gridCode, principal);
        Map<String, Integer> weights = new LinkedHashMap<>();
        r.weights().forEach((m, w) -> weights.put(m.key(), w));
        return new ReportView(r.month().toString(), r.level().name(), r.unitCode(), weights,
                r.rows().stream().map(RowView::of).toList());
    }

    @GetMapping("/api/v1/assessment.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String month,
            @RequestParam(required = false) String level, @RequestParam(required = false) String gridCode,
            Principal principal) {
        Assessment.Report r = assess(month, level, gridCode, principal);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
                for (AssessmentRow row : r.rows()) {
                    RowView v = RowView.of(row);
                    List<Object> cells = new ArrayList<>(Arrays.asList(v.rank(), safe(v.code()), safe(v.name()),
                            safe(v.unitCode())));
                    cells.addAll(Arrays.asList(v.score(), v.onTime(), v.signTimely(), v.satisfaction(),
                            v.reopenedComplement(), v.visits(), v.patrols(), v.checks(), v.selfReports(), v.resolved(),
                            v.resolvedOnTime(), v.signed(), v.signedOnTime(), v.rated(), v.averageRating(), v.reopened(),
                            v.visitsDone(), v.visitsDue(), v.patrolsDone(), v.patrolsDue(), v.checksDone(), v.checksDue(),
                            v.selfReportsMade(), v.selfReportTarget()));
                    csv.printRecord(cells);
                }
            }
        };
        String name = "assessment-" + r.month() + "-" + r.level().name().toLowerCase(Locale.ROOT) + ".csv";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    private Assessment.Report assess(String month, String level, String gridCode, Principal principal) {
        return assessment.assess(month(month), level(level), scope.readUnit(principal, gridCode));
    }


    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(settings.timeZone())).minusMonths(1);
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "month must be YYYY-MM");
        }
    }

    private static AssessmentLevel level(String value) {
        if (value == null || value.isBlank()) {
            return AssessmentLevel.WORKER;
        }
        try {
            return AssessmentLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("level", "level is one of WORKER, DEPARTMENT, TOWNSHIP");
        }
    }

    /** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}

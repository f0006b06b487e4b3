package cn.gridbot.admin.event;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;

/**
 * {@code GET /api/v1/events.csv}: the event list with the same filters, for spreadsheets — UTF-8 with a
 * BOM so Excel reads the Chinese, times in local time, personal data as the caller may see it, and no
 * cell that a spreadsheet would run as a formula. Streamed by keyset, so a large export does not
 * hold the list in memory.
 */
@RestController
class EventCsvController {

    private static final int CHUNK = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER = { "number", "category", "categoryLabel", "status", "statusLabel", "urgent",
            "gridCode", "unitCode", "assigneeCode", "reporterOpenid", "description", "address", "createdAt",
            "signDeadline", "resolveDeadline", "acceptedAt", "resolvedAt", "overdue", "rating", "resolution", "source",
            "dangerNotRuledOut" };

    private final GridEvents store;
    private final UnitScope scope;
    private final GridbotSettings settings;

    EventCsvController(GridEvents store, UnitScope scope, GridbotSettings settings) {
        this.store = store;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping("/api/v1/events.csv")
    ResponseEntity<StreamingResponseBody> export(@ParameterObject EventFilter filter, Principal principal) {
        EventQuery query = filter.toQuery(scope, principal, settings.timeZone());
        Disclosure disclosure = Disclosure.to(principal);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
                Long before = null;
                List<GridEvent> chunk;
                do {
                    chunk = store.searchBefore(query, before, CHUNK);
                    for (GridEvent e : chunk) {
                        csv.printRecord(row(e, disclosure));
                    }
                    before = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1).id();
                } while (chunk.size() == CHUNK);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    /** One event as a row: personal data as the caller may see it, then every text cell made formula-safe. */
    private Object[] row(GridEvent e, Disclosure disclosure) {
        ZoneId zone = settings.timeZone();
        return SpreadsheetCells.neutralise(e.number(), e.category().name(), e.category().label(), e.status().name(),
                e.status().label(), e.urgent(), e.gridCode(), e.unitCode(), e.assigneeCode(),
                disclosure.openid(e.reporterOpenid()), disclosure.text(e.description()), disclosure.text(e.address()),
                time(e.createdAt(), zone), time(e.signDeadline(), zone), time(e.resolveDeadline(), zone),
                time(e.milestones().acceptedAt(), zone), time(e.milestones().resolvedAt(), zone), e.overdue(), e.rating(),
                disclosure.text(e.resolution()), e.report().source().name(), e.report().dangerNotRuledOut());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}

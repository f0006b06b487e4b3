package cn.gridbot.admin.open311;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;

/**
 * Open311 GeoReport v2 at {@code /open311/v2} (README "Admin API"), JSON: the categories are the services, an
 * event is a service request (its number the {@code service_request_id}). The services are public;
 * reading requests needs an API token as {@code api_key} (or bearer) and shows only the token's units,
 * texts as its {@link Disclosure} allows; posting needs a token that may act. The token gate answers a
 * missing key; errors use the standard's {@code [{code, description}]}.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    private static final int MAX_RESULTS = 500;
    private static final Set<EventStatus> OPEN = Set.of(EventStatus.REPORTED, EventStatus.ASSIGNED, EventStatus.ACCEPTED,
            EventStatus.RETURNED, EventStatus.ESCALATED, EventStatus.REOPENED);
    private static final Set<EventStatus> CLOSED = Set.of(EventStatus.RESOLVED, EventStatus.CLOSED, EventStatus.CANCELLED);

    record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
            String description, boolean metadata, String type, String keywords, String group) {
    }

    record Created(@JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
    }

    record Error(int code, String description) {
    }

    private final GridEvents events;
    private final Open311Intake intake;
    private final ZoneId zone;
    private final Clock clock;

    Open311Controller(GridEvents events, Open311Intake intake, GridbotSettings settings, Clock clock) {
        this.events = events;
        this.intake = intake;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    @GetMapping("/services.json")
    List<Service> services() {
        return Arrays.stream(Category.values()).map(c -> new Service(c.name(), c.label(), Open311Intake.describe(c), false,
                c == Category.EMERGENCY ? "realtime" : "batch", c.label(), c == Category.EMERGENCY ? "紧急" : "网格事件"))
                .toList();
    }

    @GetMapping("/requests.json")
    List<ServiceRequest> requests(@RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status, Principal principal) {
        Disclosure disclosure = Disclosure.to(principal);
        if (ids != null && !ids.isBlank()) {
            List<ServiceRequest> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                events.findByNumber(id.strip()).filter(e -> principal.covers(e.unitPath()))
                        .ifPresent(e -> found.add(view(e, disclosure)));
            }
            return found;
        }
        Instant end = instant(endDate, clock.instant());
        Instant start = instant(startDate, end.minusSeconds(90L * 24 * 3600));
        Set<EventStatus> statuses = status == null || status.isBlank() ? Set.of()
                : switch (status.strip().toLowerCase()) {
                    case "open" -> OPEN;
                    case "closed" -> CLOSED;
                    default -> throw DomainException.invalid("status", "status must be open or closed");
                };
        EventQuery query = new EventQuery(statuses, category(serviceCode), principal.scope(null), null, null, null, start, end);
        return events.search(query, new PageRequest(0, MAX_RESULTS)).items().stream().map(e -> view(e, disclosure)).toList();
    }

    /** One request; one outside the token's units is "not found", so numbers reveal nothing. */
    @GetMapping("/requests/{id}.json")
    List<ServiceRequest> request(@PathVariable String id, Principal principal) {
        GridEvent event = events.findByNumber(id).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-request", "No service request has the id " + id));
        return List.of(view(event, Disclosure.to(principal)));
    }

    @PostMapping(path = "/requests.json", consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
    ResponseEntity<List<Created>> create(@RequestParam Map<String, String> form, Principal principal) {
        principal.requireAct();
        GridEvent event = intake.create(form, principal);
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(new Created(event.number(),
                event.gridCode() == null ? "已转镇(街道)中心派单" : "已派发至网格处理", null)));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<List<Error>> refused(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Error(status.value(), e.getMessage())));
    }

    private ServiceRequest view(GridEvent event, Disclosure disclosure) {
        return ServiceRequest.of(event, intake.agency(event), intake.mediaUrl(event), zone, disclosure);
    }

    private static Category category(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("service_code", "Unknown service_code " + code);
        }
    }

    private Instant instant(String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "Dates are W3C (ISO 8601) date-times, e.g. 2026-11-27T08:00:00+08:00");
        }
    }
}

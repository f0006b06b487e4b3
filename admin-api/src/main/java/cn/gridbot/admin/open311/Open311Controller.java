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

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.ObjectMapper;

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
 * Open311 GeoReport v2 at {@code /open311/v2} (README "Open311 for FixMyStreet and other clients"), every
 * endpoint as {@code .json} and {@code .xml}: the categories are the services, an event is a service request
 * (its number the {@code service_request_id}). The services and their definitions are public; reading
 * requests needs an API token as {@code api_key} (or bearer) and shows only the token's units, texts as its
 * {@link Disclosure} allows; posting (form fields, as FixMyStreet sends them) needs a token that may act. The
 * token gate answers a missing key; errors are the standard's list of {@code {code, description}}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final int MAX_RESULTS = 500;
    private static final Set<EventStatus> OPEN = Set.of(EventStatus.REPORTED, EventStatus.ASSIGNED, EventStatus.ACCEPTED,
            EventStatus.RETURNED, EventStatus.ESCALATED, EventStatus.REOPENED);
    private static final Set<EventStatus> CLOSED = Set.of(EventStatus.RESOLVED, EventStatus.CLOSED, EventStatus.CANCELLED);

    record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
            String description, boolean metadata, String type, String keywords, String group) {
    }

    /** A service's definition: none of ours asks for extra attributes ({@code metadata} is false). */
    record ServiceDefinition(@JsonProperty("service_code") String serviceCode, List<Object> attributes) {
    }

    record Created(@JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
    }

    record Error(int code, String description) {
    }

    private final GridEvents events;
    private final Open311Intake intake;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Clock clock;

    Open311Controller(GridEvents events, Open311Intake intake, ObjectMapper json, GridbotSettings settings, Clock clock) {
        this.events = events;
        this.intake = intake;
        this.json = json;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<Object> services(@PathVariable String format) {
        List<Service> services = Arrays.stream(Category.values()).map(c -> new Service(c.name(), c.label(),
                Open311Intake.describe(c), false, c == Category.EMERGENCY ? "realtime" : "batch", c.label(),
                c == Category.EMERGENCY ? "紧急" : "网格事件")).toList();
        return list(HttpStatus.OK, Open311Format.of(format), "services", "service", services);
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<Object> service(@PathVariable String code, @PathVariable String format) {
        Open311Format as = Open311Format.of(format);
        Category category = Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> DomainException.notFound("unknown-service", "No service has the code " + code));
        ServiceDefinition definition = new ServiceDefinition(category.name(), List.of());
        return as == Open311Format.JSON ? ResponseEntity.ok().contentType(as.mediaType()).body(definition)
                : ResponseEntity.ok().contentType(as.mediaType())
                        .body(Open311Xml.object("service_definition", json.valueToTree(definition)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<Object> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status, Principal principal) {
        Open311Format as = Open311Format.of(format);
        Disclosure disclosure = Disclosure.to(principal);
        if (ids != null && !ids.isBlank()) {
            List<ServiceRequest> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                events.findByNumber(id.strip()).filter(e -> principal.covers(e.unitPath()))
                        .ifPresent(e -> found.add(view(e, disclosure)));
            }
            return list(HttpStatus.OK, as, "service_requests", "request", found);
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
        return list(HttpStatus.OK, as, "service_requests", "request",
                events.search(query, new PageRequest(0, MAX_RESULTS)).items().stream().map(e -> view(e, disclosure)).toList());
    }

    /** One request; one outside the token's units is "not found", so numbers reveal nothing. */
    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<Object> request(@PathVariable String id, @PathVariable String format, Principal principal) {
        Open311Format as = Open311Format.of(format);
        GridEvent event = events.findByNumber(id).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-request", "No service request has the id " + id));
        return list(HttpStatus.OK, as, "service_requests", "request", List.of(view(event, Disclosure.to(principal))));
    }

    @PostMapping(path = "/requests.{format}", consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE })
    ResponseEntity<Object> create(@PathVariable String format, @RequestParam Map<String, String> form, Principal principal) {
        Open311Format as = Open311Format.of(format);
        principal.requireAct();
        GridEvent event = intake.create(form, principal);
        return list(HttpStatus.CREATED, as, "service_requests", "request", List.of(new Created(event.number(),
                event.gridCode() == null ? "已转镇(街道)中心派单" : "已派发至网格处理", null)));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> refused(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return list(status, Open311Format.ofPath(request.getRequestURI()), "errors", "error",
                List.of(new Error(status.value(), e.getMessage())));
    }

    private ResponseEntity<Object> list(HttpStatus status, Open311Format as, String root, String item, List<?> items) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(as.mediaType());
        return as == Open311Format.JSON ? answer.body(items) : answer.body(Open311Xml.list(root, item, json.valueToTree(items)));
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

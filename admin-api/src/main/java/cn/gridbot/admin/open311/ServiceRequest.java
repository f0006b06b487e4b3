package cn.gridbot.admin.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;

/**
 * A service request in GeoReport v2's field names. Our states map to {@code open} (still being
 * handled) and {@code closed} (resolved, closed or withdrawn). Times are W3C (ISO 8601) date-times to the
 * second with the configured zone's offset, e.g. {@code 2026-11-27T08:00:00+08:00}. No reporter identity is
 * exposed; the texts go through the reader's {@link Disclosure} like every other representation.
 */
record ServiceRequest(
        @JsonProperty("service_request_id") String serviceRequestId,
        String status,
        @JsonProperty("status_notes") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        String description,
        @JsonProperty("agency_responsible") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") String requestedDatetime,
        @JsonProperty("updated_datetime") String updatedDatetime,
        @JsonProperty("expected_datetime") String expectedDatetime,
        String address,
        @JsonProperty("address_id") String addressId,
        String zipcode,
        Double lat,
        @JsonProperty("long") Double lon,
        @JsonProperty("media_url") String mediaUrl) {

    static ServiceRequest of(GridEvent e, String agency, String mediaUrl, ZoneId zone, Disclosure disclosure) {
        boolean closed = !e.status().isOpen();
        String notes = e.status() == EventStatus.CANCELLED ? "居民已撤销"
                : e.resolution() != null && closed ? e.resolution() : e.status().label();
        return new ServiceRequest(e.number(), closed ? "closed" : "open", disclosure.text(notes), e.category().label(),
                e.category().name(), disclosure.text(e.description()), agency, null,
                time(e.createdAt(), zone), time(e.updatedAt(), zone), time(e.resolveDeadline(), zone),
                disclosure.text(e.address()), null, null, e.location() == null ? null : e.location().latitude(),
                e.location() == null ? null : e.location().longitude(), mediaUrl);
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

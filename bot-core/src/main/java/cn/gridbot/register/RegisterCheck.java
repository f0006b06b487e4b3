package cn.gridbot.register;

import java.time.Instant;
import java.time.LocalDate;

/** A logged re-check of a record; {@code eventNumber} is the SAFETY event a HAZARD opened. */
public record RegisterCheck(Long id, long recordId, LocalDate date, String workerCode, CheckResult result, String note,
        String eventNumber, Instant createdAt) {
}

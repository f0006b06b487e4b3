package cn.gridbot.resident;

import java.time.LocalDate;

/** A logged visit to a resident. */
public record Visit(long residentId, LocalDate date, String workerCode, String note) {
}

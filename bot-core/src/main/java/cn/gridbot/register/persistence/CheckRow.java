package cn.gridbot.register.persistence;

import java.time.Instant;
import java.time.LocalDate;

import cn.gridbot.register.CheckResult;
import cn.gridbot.register.RegisterCheck;

/** A row of {@code register_check}. */
record CheckRow(Long id, long recordId, LocalDate checkDate, String workerCode, String result, String note,
        String eventNumber, Instant createdAt) {

    RegisterCheck toCheck() {
        return new RegisterCheck(id, recordId, checkDate, workerCode, CheckResult.valueOf(result), note, eventNumber, createdAt);
    }
}

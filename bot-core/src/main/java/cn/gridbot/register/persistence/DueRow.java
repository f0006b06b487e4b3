package cn.gridbot.register.persistence;

import java.time.LocalDate;

import cn.gridbot.register.RecheckDue;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.RegisterRecord;

/**
 * A record joined with one worker of its grid: only the columns a reminder names (no phone, no ID number).
 * Public so that MyBatis calls its constructor directly: for a class it may not access, MyBatis's object
 * factory catches an IllegalAccessException and retries with setAccessible on every row.
 */
public record DueRow(long id, String kind, String name, String subKind, String address, String gridCode,
        LocalDate expectedLeaveOn, Integer checkIntervalDays, LocalDate lastCheckDate, String workerCode,
        String workerOpenid) {

    RecheckDue toDue() {
        RegisterRecord record = new RegisterRecord(id, RegisterKind.valueOf(kind), name, null, null, null, subKind, address,
                gridCode, null, null, null, null, null, null, expectedLeaveOn, checkIntervalDays, lastCheckDate);
        return new RecheckDue(record, workerCode, workerOpenid);
    }
}

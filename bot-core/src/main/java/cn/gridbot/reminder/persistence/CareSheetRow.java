package cn.gridbot.reminder.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import cn.gridbot.reminder.CareDue;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;

/**
 * A resident joined with one worker of their grid. Public so that MyBatis calls its constructor directly: for a
 * class it may not access, MyBatis's object factory catches an IllegalAccessException and retries with
 * setAccessible on every row.
 */
public record CareSheetRow(long id, String name, String gender, LocalDate birthDate, String address, String gridCode,
        String tags, Integer visitIntervalDays, LocalDate lastVisitDate, String workerCode, String workerOpenid) {

    CareDue toDue() {
        Set<CareTag> parsed = EnumSet.noneOf(CareTag.class);
        if (tags != null && !tags.isEmpty()) {
            Arrays.stream(tags.split("\\|")).map(CareTag::valueOf).forEach(parsed::add);
        }
        Resident resident = new Resident(id, name, gender, birthDate, null, null, address, gridCode, parsed,
                visitIntervalDays, lastVisitDate, null);
        return new CareDue(resident, workerCode, workerOpenid);
    }
}

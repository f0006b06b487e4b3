package cn.gridbot.register.persistence;

import java.time.LocalDate;

import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.RegisterRecord;

/** A row of {@code register_record}, with the columns derived for the indexes and the statistics. */
record RegisterRow(Long id, String kind, String naturalKey, String name, String person, String phone, String idNumber,
        String subKind, String address, String gridCode, String structure, String houseUse, Integer occupants,
        Boolean rented, String origin, LocalDate arrivedOn, LocalDate expectedLeaveOn, Integer checkIntervalDays,
        LocalDate lastCheckDate, LocalDate nextCheckDue, boolean allFilled) {

    static RegisterRow of(RegisterRecord r) {
        return new RegisterRow(r.id(), r.kind().name(), r.naturalKey(), r.name(), r.person(), r.phone(), r.idNumber(),
                r.subKind(), r.address(), r.gridCode(), r.structure(), r.houseUse(), r.occupants(), r.rented(), r.origin(),
                r.arrivedOn(), r.expectedLeaveOn(), r.checkIntervalDays(), r.lastCheckDate(), r.nextCheckDue(), r.complete());
    }

    RegisterRecord toRecord() {
        return new RegisterRecord(id, RegisterKind.valueOf(kind), name, person, phone, idNumber, subKind, address, gridCode,
                structure, houseUse, occupants, rented, origin, arrivedOn, expectedLeaveOn, checkIntervalDays, lastCheckDate);
    }
}

package cn.gridbot.admin.register;

import java.time.LocalDate;
import java.util.List;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;

/** A resident as the API shows it; phone, ID number, address and openid as the caller may see them. */
record ResidentView(long id, String name, String gender, LocalDate birthDate, String phone, String idNumber,
        String address, String gridCode, List<String> tags, Integer visitIntervalDays, LocalDate lastVisitDate,
        LocalDate nextVisitDue, String openid) {

    static ResidentView of(Resident r, Disclosure disclosure) {
        return new ResidentView(r.id(), r.name(), r.gender(), r.birthDate(), disclosure.phone(r.phone()),
                disclosure.idNumber(r.idNumber()), disclosure.text(r.address()), r.gridCode(),
                r.tags().stream().sorted().map(CareTag::name).toList(), r.visitIntervalDays(), r.lastVisitDate(),
                r.nextVisitDue(), disclosure.openid(r.openid()));
    }
}

package cn.gridbot.admin.register;

import java.time.LocalDate;
import java.util.List;

import cn.gridbot.common.PersonalData;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;

/** A resident as the API shows it; phone and ID numbers are masked for non-ADMIN readers. */
record ResidentView(long id, String name, String gender, LocalDate birthDate, String phone, String idNumber,
        String address, String gridCode, List<String> tags, Integer visitIntervalDays, LocalDate lastVisitDate,
        LocalDate nextVisitDue, String openid) {

    static ResidentView of(Resident r, boolean admin) {
        String idNumber = r.idNumber() == null || admin ? r.idNumber()
                : r.idNumber().substring(0, Math.min(6, r.idNumber().length())) + "********";
        return new ResidentView(r.id(), r.name(), r.gender(), r.birthDate(),
                admin ? r.phone() : PersonalData.maskPhone(r.phone()), idNumber, r.address(), r.gridCode(),
                r.tags().stream().sorted().map(CareTag::name).toList(), r.visitIntervalDays(), r.lastVisitDate(),
                r.nextVisitDue(), r.openid());
    }
}

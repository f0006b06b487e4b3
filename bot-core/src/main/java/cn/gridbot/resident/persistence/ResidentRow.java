package cn.gridbot.resident.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.Resident;

/** A row of {@code resident}, with the columns derived for the reminder indexes. */
record ResidentRow(Long id, String naturalKey, String name, String gender, LocalDate birthDate, Integer birthMd,
        String phone, String idNumber, String address, String gridCode, String tags, boolean birthdayCare,
        Integer visitIntervalDays, LocalDate lastVisitDate, LocalDate nextVisitDue, String openid) {

    static ResidentRow of(Resident r) {
        Integer md = r.birthDate() == null ? null : r.birthDate().getMonthValue() * 100 + r.birthDate().getDayOfMonth();
        String tags = r.tags().stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
        return new ResidentRow(r.id(), r.naturalKey(), r.name(), r.gender(), r.birthDate(), md, r.phone(), r.idNumber(),
                r.address(), r.gridCode(), tags, r.remindsBirthday(), r.visitIntervalDays(), r.lastVisitDate(),
                r.nextVisitDue(), r.openid());
    }

    Resident toResident() {
        Set<CareTag> parsed = EnumSet.noneOf(CareTag.class);
        if (tags != null && !tags.isEmpty()) {
            Arrays.stream(tags.split("\\|")).map(CareTag::valueOf).forEach(parsed::add);
        }
        return new Resident(id, name, gender, birthDate, phone, idNumber, address, gridCode, parsed, visitIntervalDays,
                lastVisitDate, openid);
    }
}

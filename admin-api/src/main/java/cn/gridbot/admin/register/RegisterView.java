package cn.gridbot.admin.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.register.RegisterCheck;
import cn.gridbot.register.RegisterRecord;

/**
 * A register record as the API shows it: {@code id}, {@code kind}, then the kind's CSV columns by their CSV
 * names (README "Registers"), then {@code dueDate} (never checked: today), {@code overdue} and {@code complete}.
 * Phones and ID numbers masked, addresses and notes masked as free text, for every role but ADMIN.
 */
final class RegisterView {

    private RegisterView() {
    }

    static Map<String, Object> of(RegisterRecord r, Disclosure d, LocalDate today) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("kind", r.kind().name());
        switch (r.kind()) {
            case HOUSE -> {
                v.put("address", d.text(r.address()));
                v.put("gridCode", r.gridCode());
                v.put("structure", r.structure());
                v.put("use", r.houseUse());
                v.put("owner", r.person());
                v.put("ownerPhone", d.phone(r.phone()));
                v.put("occupants", r.occupants());
                v.put("rented", r.rented());
            }
            case PLACE -> {
                v.put("name", r.name());
                v.put("placeKind", r.subKind());
                v.put("address", d.text(r.address()));
                v.put("gridCode", r.gridCode());
                v.put("contact", r.person());
                v.put("contactPhone", d.phone(r.phone()));
            }
            case FLOATING -> {
                person(v, r, d);
                v.put("phone", d.phone(r.phone()));
                v.put("origin", r.origin());
                v.put("address", d.text(r.address()));
                v.put("gridCode", r.gridCode());
                v.put("arrivedOn", r.arrivedOn());
                v.put("expectedLeaveOn", r.expectedLeaveOn());
            }
            case SPECIAL -> {
                person(v, r, d);
                v.put("specialKind", r.subKind());
                v.put("address", d.text(r.address()));
                v.put("gridCode", r.gridCode());
            }
            case ASSISTED -> {
                person(v, r, d);
                v.put("phone", d.phone(r.phone()));
                v.put("assistKind", r.subKind());
                v.put("address", d.text(r.address()));
                v.put("gridCode", r.gridCode());
            }
        }
        v.put("checkIntervalDays", r.intervalDays());
        v.put("lastCheckDate", r.lastCheckDate());
        LocalDate due = r.dueDate(today);
        v.put("dueDate", due);
        v.put("overdue", due.isBefore(today));
        v.put("complete", r.complete());
        return v;
    }

    /** The record with its checks, the latest first. */
    static Map<String, Object> withChecks(RegisterRecord r, List<RegisterCheck> checks, Disclosure d, LocalDate today) {
        Map<String, Object> v = of(r, d, today);
        v.put("checks", checks.stream().map(c -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("date", c.date());
            check.put("workerCode", c.workerCode());
            check.put("result", c.result().name());
            check.put("note", d.text(c.note()));
            check.put("eventNumber", c.eventNumber());
            check.put("createdAt", c.createdAt());
            return check;
        }).toList());
        return v;
    }

    private static void person(Map<String, Object> v, RegisterRecord r, Disclosure d) {
        v.put("name", r.name());
        v.put("idNumber", d.idNumber(r.idNumber()));
    }
}

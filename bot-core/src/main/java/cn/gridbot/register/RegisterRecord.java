package cn.gridbot.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A record of one of the registers. Every kind uses the columns its CSV has: {@code name} (a place's or a
 * person's name), {@code person} (a house's owner, a place's contact), {@code phone} (theirs), {@code subKind}
 * (placeKind, specialKind or assistKind), the house columns, the floating population's columns. {@code id} is
 * null until stored; {@code checkIntervalDays} null means the kind's default.
 */
public record RegisterRecord(Long id, RegisterKind kind, String name, String person, String phone, String idNumber,
        String subKind, String address, String gridCode, String structure, String houseUse, Integer occupants,
        Boolean rented, String origin, LocalDate arrivedOn, LocalDate expectedLeaveOn, Integer checkIntervalDays,
        LocalDate lastCheckDate) {

    public RegisterRecord {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(gridCode);
    }

    public int intervalDays() {
        return checkIntervalDays == null ? kind.defaultIntervalDays() : checkIntervalDays;
    }

    /** {@code lastCheckDate + interval}; null when never checked (then due at once). */
    public LocalDate nextCheckDue() {
        return lastCheckDate == null ? null : lastCheckDate.plusDays(intervalDays());
    }

    /** A floating resident's expected leaving day, while no check has been logged on or after it. */
    public LocalDate leaveDue() {
        boolean open = expectedLeaveOn != null && (lastCheckDate == null || lastCheckDate.isBefore(expectedLeaveOn));
        return kind == RegisterKind.FLOATING && open ? expectedLeaveOn : null;
    }

    /** The earliest date the record is due for a check as seen on {@code today}: never checked is due at once. */
    public LocalDate dueDate(LocalDate today) {
        LocalDate cycle = lastCheckDate == null ? today : nextCheckDue();
        LocalDate leave = leaveDue();
        return leave != null && leave.isBefore(cycle) ? leave : cycle;
    }

    /**
     * What identifies a record across imports (README "Registers"): a house by its address, a place by name
     * and address, a person by ID number, or by name and address when the ID number is not known.
     */
    public String naturalKey() {
        return switch (kind) {
            case HOUSE -> address;
            case PLACE -> name + "|" + address;
            case FLOATING, SPECIAL, ASSISTED -> idNumber != null ? idNumber.toUpperCase() : name + "|" + (address == null ? "" : address);
        };
    }

    /** Whether every column of the kind's CSV is filled (the statistics' "complete"). */
    public boolean complete() {
        Stream<Object> columns = switch (kind) {
            case HOUSE -> Stream.of(address, structure, houseUse, person, phone, occupants, rented);
            case PLACE -> Stream.of(name, subKind, address, person, phone);
            case FLOATING -> Stream.of(name, idNumber, phone, origin, address, arrivedOn, expectedLeaveOn);
            case SPECIAL -> Stream.of(name, idNumber, subKind, address);
            case ASSISTED -> Stream.of(name, idNumber, phone, subKind, address);
        };
        return checkIntervalDays != null && lastCheckDate != null && columns.allMatch(Objects::nonNull);
    }

    /** How a worker names it: a house by its address, anything else by its name. */
    public String title() {
        return kind == RegisterKind.HOUSE ? address : name;
    }

    /**
     * The record as workers read it in replies and reminders: the register and title, then the address. A
     * SPECIAL record is named without its register or kind (README "Registers").
     */
    public String describe() {
        String what = switch (kind) {
            case SPECIAL -> title();
            case PLACE -> "【" + PlaceKinds.label(subKind) + "场所】" + title();
            default -> "【" + kind.label() + "】" + title();
        };
        boolean addressTold = kind == RegisterKind.HOUSE || address == null || address.isBlank();
        return addressTold ? what : what + " · " + address;
    }

    /** The same record after a check on {@code date}: the cycle starts again from there. */
    public RegisterRecord checkedOn(LocalDate date) {
        LocalDate last = lastCheckDate == null || lastCheckDate.isBefore(date) ? date : lastCheckDate;
        return new RegisterRecord(id, kind, name, person, phone, idNumber, subKind, address, gridCode, structure, houseUse,
                occupants, rented, origin, arrivedOn, expectedLeaveOn, checkIntervalDays, last);
    }

    public RegisterRecord withId(long newId) {
        return new RegisterRecord(newId, kind, name, person, phone, idNumber, subKind, address, gridCode, structure,
                houseUse, occupants, rented, origin, arrivedOn, expectedLeaveOn, checkIntervalDays, lastCheckDate);
    }
}

package cn.gridbot.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gridbot.common.CsvSheet;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.PersonalData;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;

/** The values of one register CSV row, each read and checked as its column needs; a bad one rejects the row. */
final class RegisterCells {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
    private static final Pattern ID_NUMBER = Pattern.compile("[1-9][0-9]{16}[0-9Xx]");
    private static final int MAX_INTERVAL_DAYS = 3650;

    private final CsvSheet.Row row;
    private final LocalDate today;
    private final GridDirectory grids;

    RegisterCells(CsvSheet.Row row, LocalDate today, GridDirectory grids) {
        this.row = row;
        this.today = today;
        this.grids = grids;
    }

    void requireComplete(int columns) {
        if (!row.complete()) {
            throw invalid("expected " + columns + " values but found " + row.columns());
        }
    }

    String text(String column, int max) {
        String value = row.get(column);
        if (value.length() > max) {
            throw invalid(column + " is longer than " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    String required(String column, int max) {
        String value = text(column, max);
        if (value == null) {
            throw invalid(column + " is required");
        }
        return value;
    }

    String grid() {
        String code = row.get("gridCode");
        if (code.isEmpty()) {
            throw invalid("gridCode is required");
        }
        Optional<GridUnit> unit = grids.find(code);
        if (unit.isEmpty() || !unit.get().isGrid()) {
            throw invalid("gridCode " + code + " is not a known GRID; import the grids first");
        }
        return code;
    }

    String phone(String column) {
        String value = row.get(column);
        if (PersonalData.looksMasked(value)) {
            throw invalid(column + " is a masked value; give the whole number");
        }
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            throw invalid(column + " must be a telephone number of 7 to 20 digits");
        }
        return value.isEmpty() ? null : value;
    }

    String idNumber() {
        String value = row.get("idNumber");
        if (PersonalData.looksMasked(value)) {
            throw invalid("idNumber is a masked value; give the whole number");
        }
        if (!value.isEmpty() && !ID_NUMBER.matcher(value).matches()) {
            throw invalid("idNumber must be 18 characters: 17 digits and a digit or X");
        }
        return value.isEmpty() ? null : value.toUpperCase();
    }

    String placeKind() {
        String value = row.get("placeKind").toUpperCase();
        if (!value.isEmpty() && !PlaceKinds.known(value)) {
            throw invalid("placeKind must be SAFETY, FIRE, ORDER or empty");
        }
        return value.isEmpty() ? null : value;
    }

    Integer interval() {
        String value = row.get("checkIntervalDays");
        if (value.isEmpty()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days < 1 || days > MAX_INTERVAL_DAYS) {
                throw invalid("checkIntervalDays must be between 1 and " + MAX_INTERVAL_DAYS);
            }
            return days;
        } catch (NumberFormatException e) {
            throw invalid("checkIntervalDays must be a whole number of days");
        }
    }

    Integer count(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > 10_000) {
                throw invalid(column + " must be between 0 and 10000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(column + " must be a whole number");
        }
    }

    Boolean yesNo(String column) {
        return switch (row.get(column).toLowerCase()) {
            case "" -> null;
            case "true", "yes", "y", "1", "是" -> Boolean.TRUE;
            case "false", "no", "n", "0", "否" -> Boolean.FALSE;
            default -> throw invalid(column + " must be true/false (是/否) or empty");
        };
    }

    LocalDate date(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(column + " must be a date as YYYY-MM-DD");
        }
    }

    LocalDate pastDate(String column) {
        LocalDate date = date(column);
        if (date != null && date.isAfter(today)) {
            throw invalid(column + " is in the future");
        }
        return date;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("row", message);
    }
}

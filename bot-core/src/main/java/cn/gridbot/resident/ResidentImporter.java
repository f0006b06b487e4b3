package cn.gridbot.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.CsvSheet;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.ImportReport;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;

/**
 * Imports residents from CSV (README "Admin API"), upserting by name, birth date and phone. A bad row is rejected
 * with its line number and reason; the good rows are stored.
 */
@Component
public class ResidentImporter {

    static final List<String> HEADER = List.of("name", "gender", "birthDate", "phone", "address", "gridCode", "tags",
            "visitIntervalDays", "lastVisitDate", "openid");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_INTERVAL_DAYS = 3650;

    private final Residents residents;
    private final GridCatalog grids;
    private final Clock clock;
    private final GridbotSettings settings;

    ResidentImporter(Residents residents, GridCatalog grids, Clock clock, GridbotSettings settings) {
        this.residents = residents;
        this.grids = grids;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int imported = 0;
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        for (CsvSheet.Row row : CsvSheet.read(csv, HEADER)) {
            try {
                Resident resident = parse(row, today);
                if (!seen.add(resident.naturalKey())) {
                    throw DomainException.invalid("duplicate", "the same resident (name, birth date, phone) appears twice in this file");
                }
                residents.upsert(resident);
                imported++;
            } catch (DomainException e) {
                rejected.add(new ImportReport.Rejection(row.line(), e.getMessage()));
            }
        }
        return new ImportReport(imported, rejected);
    }

    private Resident parse(CsvSheet.Row row, LocalDate today) {
        if (!row.complete()) {
            throw invalid("expected " + HEADER.size() + " values but found " + row.columns());
        }
        String name = row.get("name");
        if (name.isEmpty() || name.length() > 50) {
            throw invalid("name is required (at most 50 characters)");
        }
        String gender = row.get("gender").toUpperCase();
        if (!gender.isEmpty() && !gender.equals("M") && !gender.equals("F")) {
            throw invalid("gender must be M, F or empty");
        }
        LocalDate birthDate = date(row, "birthDate");
        if (birthDate != null && birthDate.isAfter(today)) {
            throw invalid("birthDate is in the future");
        }
        String phone = row.get("phone");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw invalid("phone must be a telephone number of 7 to 20 digits");
        }
        String address = row.get("address");
        if (address.length() > 200) {
            throw invalid("address is longer than 200 characters");
        }
        String gridCode = row.get("gridCode");
        Optional<GridUnit> grid = grids.directory().find(gridCode);
        if (gridCode.isEmpty()) {
            throw invalid("gridCode is required");
        }
        if (grid.isEmpty() || !grid.get().isGrid()) {
            throw invalid("gridCode " + gridCode + " is not a known GRID; import the grids first");
        }
        Integer interval = interval(row.get("visitIntervalDays"));
        LocalDate lastVisit = date(row, "lastVisitDate");
        if (lastVisit != null && lastVisit.isAfter(today)) {
            throw invalid("lastVisitDate is in the future");
        }
        String openid = row.get("openid");
        if (!openid.isEmpty() && !OPENID.matcher(openid).matches()) {
            throw invalid("openid must be up to 64 letters, digits, '-' or '_'");
        }
        return new Resident(null, name, gender.isEmpty() ? null : gender, birthDate, blankToNull(phone), null,
                blankToNull(address), gridCode, tags(row.get("tags")), interval, lastVisit, blankToNull(openid));
    }

    private static Set<CareTag> tags(String value) {
        Set<CareTag> tags = EnumSet.noneOf(CareTag.class);
        if (value.isEmpty()) {
            return tags;
        }
        for (String tag : value.split("\\|")) {
            try {
                tags.add(CareTag.valueOf(tag.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw invalid("unknown tag '" + tag.strip() + "': use ELDERLY, EMPTY_NEST, DISABLED, POVERTY_RELIEF or KEY_CARE joined by |");
            }
        }
        return tags;
    }

    private static Integer interval(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days < 1 || days > MAX_INTERVAL_DAYS) {
                throw invalid("visitIntervalDays must be between 1 and " + MAX_INTERVAL_DAYS);
            }
            return days;
        } catch (NumberFormatException e) {
            throw invalid("visitIntervalDays must be a whole number of days");
        }
    }

    private static LocalDate date(CsvSheet.Row row, String column) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("row", message);
    }
}

package cn.gridbot.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.CsvSheet;
import cn.gridbot.common.ImportReport;
import cn.gridbot.grid.GridCatalog;

/** Imports workers from CSV (README "Admin API": {@code code,name,phone,gridCode,openid}), upserting by code. */
@Component
public class WorkerImporter {

    static final List<String> HEADER = List.of("code", "name", "phone", "gridCode", "openid");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Workers workers;
    private final GridCatalog grids;

    WorkerImporter(Workers workers, GridCatalog grids) {
        this.workers = workers;
        this.grids = grids;
    }

    @Transactional
    public ImportReport importCsv(byte[] csv) {
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int imported = 0;
        for (CsvSheet.Row row : CsvSheet.read(csv, HEADER)) {
            Optional<String> problem = problem(row, seen);
            if (problem.isPresent()) {
                rejected.add(new ImportReport.Rejection(row.line(), problem.get()));
                continue;
            }
            String code = row.get("code");
            Worker existing = workers.findByCode(code).orElse(null);
            String openid = row.get("openid").isEmpty() && existing != null ? existing.openid() : emptyToNull(row.get("openid"));
            workers.upsert(new Worker(code, row.get("name"), emptyToNull(row.get("phone")), row.get("gridCode"), openid,
                    existing == null || existing.onDuty()));
            seen.add(code);
            imported++;
        }
        return new ImportReport(imported, rejected);
    }

    private Optional<String> problem(CsvSheet.Row row, List<String> seen) {
        if (!row.complete()) {
            return Optional.of("expected " + HEADER.size() + " values but found " + row.columns());
        }
        String code = row.get("code");
        if (!CODE.matcher(code).matches()) {
            return Optional.of("code is required: 1–32 letters, digits, '-', '_' or '.'");
        }
        if (seen.contains(code)) {
            return Optional.of("code " + code + " appears twice in this file");
        }
        if (row.get("name").isEmpty() || row.get("name").length() > 50) {
            return Optional.of("name is required (at most 50 characters)");
        }
        if (!row.get("phone").isEmpty() && !PHONE.matcher(row.get("phone")).matches()) {
            return Optional.of("phone must be a telephone number of 7 to 20 digits");
        }
        String unit = row.get("gridCode");
        if (unit.isEmpty()) {
            return Optional.of("gridCode is required");
        }
        if (grids.directory().find(unit).isEmpty()) {
            return Optional.of("gridCode " + unit + " is not a known unit; import the grids first");
        }
        String openid = row.get("openid");
        if (!openid.isEmpty()) {
            if (!OPENID.matcher(openid).matches()) {
                return Optional.of("openid must be up to 64 letters, digits, '-' or '_'");
            }
            Optional<Worker> holder = workers.findByOpenid(openid);
            if (holder.isPresent() && !holder.get().code().equals(code)) {
                return Optional.of("openid is already bound to worker " + holder.get().code());
            }
        }
        return Optional.empty();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

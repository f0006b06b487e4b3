package cn.gridbot.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.CsvSheet;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.ImportReport;
import cn.gridbot.grid.GridCatalog;

/**
 * Imports one register from CSV (README "Registers"), UTF-8 or GB18030, upserting each record by its kind's
 * natural key ({@link RegisterRecord#naturalKey()}). A bad row is rejected with its line number and reason;
 * the good rows are stored.
 */
@Component
public class RegisterImporter {

    private final Registers registers;
    private final GridCatalog grids;
    private final Clock clock;
    private final GridbotSettings settings;

    RegisterImporter(Registers registers, GridCatalog grids, Clock clock, GridbotSettings settings) {
        this.registers = registers;
        this.grids = grids;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public ImportReport importCsv(RegisterKind kind, byte[] csv) {
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int imported = 0;
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        for (CsvSheet.Row row : CsvSheet.read(csv, kind.header())) {
            try {
                RegisterRecord record = parse(kind, new RegisterCells(row, today, grids.directory()));
                if (!seen.add(record.naturalKey())) {
                    throw DomainException.invalid("duplicate", "the same " + kind.name() + " record appears twice in this file");
                }
                registers.upsert(record);
                imported++;
            } catch (DomainException e) {
                rejected.add(new ImportReport.Rejection(row.line(), e.getMessage()));
            }
        }
        return new ImportReport(imported, rejected);
    }

    private static RegisterRecord parse(RegisterKind kind, RegisterCells c) {
        c.requireComplete(kind.header().size());
        String grid = c.grid();
        Integer interval = c.interval();
        LocalDate lastCheck = c.pastDate("lastCheckDate");
        return switch (kind) {
            case HOUSE -> new RegisterRecord(null, kind, null, c.text("owner", 50), c.phone("ownerPhone"), null, null,
                    c.required("address", 200), grid, c.text("structure", 50), c.text("use", 50), c.count("occupants"),
                    c.yesNo("rented"), null, null, null, interval, lastCheck);
            case PLACE -> new RegisterRecord(null, kind, c.required("name", 100), c.text("contact", 50),
                    c.phone("contactPhone"), null, c.placeKind(), c.required("address", 200), grid, null, null, null, null,
                    null, null, null, interval, lastCheck);
            case FLOATING -> new RegisterRecord(null, kind, c.required("name", 50), null, c.phone("phone"),
                    c.idNumber(), null, c.text("address", 200), grid, null, null, null, null, c.text("origin", 100),
                    c.pastDate("arrivedOn"), c.date("expectedLeaveOn"), interval, lastCheck);
            case SPECIAL -> new RegisterRecord(null, kind, c.required("name", 50), null, null, c.idNumber(),
                    c.text("specialKind", 50), c.text("address", 200), grid, null, null, null, null, null, null, null,
                    interval, lastCheck);
            case ASSISTED -> new RegisterRecord(null, kind, c.required("name", 50), null, c.phone("phone"), c.idNumber(),
                    c.text("assistKind", 50), c.text("address", 200), grid, null, null, null, null, null, null, null,
                    interval, lastCheck);
        };
    }
}

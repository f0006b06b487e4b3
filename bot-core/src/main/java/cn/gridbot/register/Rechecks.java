package cn.gridbot.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Texts;
import cn.gridbot.gridevent.HazardReports;
import cn.gridbot.worker.Worker;

/**
 * Logs re-checks (复核, README "Registers"): a check moves the record's next due date and so starts a new
 * cycle; a HAZARD opens a SAFETY event in the record's grid, given to the worker and linked from the check.
 */
@Component
public class Rechecks {

    /** The most records a worker is offered to choose from. */
    public static final int MAX_CHOICES = 9;
    private static final int NOTE_MAX = 1000;

    private final Registers registers;
    private final HazardReports hazards;
    private final Clock clock;
    private final GridbotSettings settings;

    Rechecks(Registers registers, HazardReports hazards, Clock clock, GridbotSettings settings) {
        this.registers = registers;
        this.hazards = hazards;
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    /**
     * The records of the worker's grid the text names (written with spaces or without); more than
     * {@link #MAX_CHOICES} means "be more precise".
     */
    public List<RegisterRecord> lookup(String gridCode, String text, boolean placesOnly) {
        List<RegisterRecord> found = registers.findInGrid(gridCode, text, placesOnly, MAX_CHOICES + 1);
        String joined = text.replaceAll("\\s+", "");
        return found.isEmpty() && !joined.equals(text) ? registers.findInGrid(gridCode, joined, placesOnly, MAX_CHOICES + 1) : found;
    }

    /** A logged check, with the record as it stands after it. */
    public record Logged(RegisterRecord record, RegisterCheck check) {
    }

    /** Refusals (a future date) are raised before anything is written, so they leave the caller's transaction usable. */
    @Transactional(noRollbackFor = DomainException.class)
    public Logged log(RegisterRecord record, LocalDate date, Worker worker, CheckResult result, String note) {
        if (date.isAfter(today())) {
            throw DomainException.invalid("date", "A check cannot be logged for a future date");
        }
        String text = note == null || note.isBlank() ? null : Texts.cut(note.strip(), NOTE_MAX);
        String eventNumber = null;
        if (result == CheckResult.HAZARD) {
            String description = "复核发现隐患:" + record.describe() + (text == null ? "" : "。" + text);
            eventNumber = hazards.open(worker, record.gridCode(), description, record.address()).number();
        }
        RegisterCheck check = registers.logCheck(new RegisterCheck(null, record.id(), date, worker.code(), result, text,
                eventNumber, clock.instant()));
        return new Logged(registers.findById(record.id()).orElse(record.checkedOn(date)), check);
    }
}

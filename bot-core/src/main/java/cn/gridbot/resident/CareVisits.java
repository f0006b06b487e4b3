package cn.gridbot.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;

/**
 * Logs visits (走访, README "Conversation"): each visit moves the resident's due date and so starts a new cycle. A
 * worker may log visits only to residents of their own grid; an admin to anyone.
 */
@Component
public class CareVisits {

    private final Residents residents;
    private final Clock clock;
    private final GridbotSettings settings;

    CareVisits(Residents residents, Clock clock, GridbotSettings settings) {
        this.residents = residents;
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    /** Who a worker means by a name or a resident number, within their grid. */
    public Lookup lookup(String gridCode, String reference) {
        if (reference.matches("\\d{1,12}")) {
            return residents.findById(Long.parseLong(reference))
                    .map(r -> r.gridCode().equals(gridCode) ? new Lookup(List.of(r), false) : new Lookup(List.of(), true))
                    .orElse(new Lookup(List.of(), false));
        }
        List<Resident> here = residents.findInGrid(gridCode, reference);
        boolean elsewhere = here.isEmpty() && !residents.findByName(reference).isEmpty();
        return new Lookup(here, elsewhere);
    }

    /** The residents a reference matched in the grid, and whether it matched only people in other grids. */
    public record Lookup(List<Resident> matches, boolean elsewhere) {
    }

    @Transactional
    public Resident log(Resident resident, LocalDate date, String workerCode, String note) {
        if (date.isAfter(today())) {
            throw DomainException.invalid("date", "A visit cannot be logged for a future date");
        }
        residents.logVisit(new Visit(resident.id(), date, workerCode, note == null || note.isBlank() ? null : note));
        return residents.findById(resident.id()).orElse(resident);
    }
}

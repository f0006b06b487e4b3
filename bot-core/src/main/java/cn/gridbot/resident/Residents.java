package cn.gridbot.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The register of residents. */
public interface Residents {

    Optional<Resident> findById(long id);

    /** Residents of the grids under {@code unitPath} (all when null), optionally with a tag, by id. */
    Page<Resident> list(String unitPath, CareTag tag, PageRequest page);

    /** Residents of a grid with this name (there may be several). */
    List<Resident> findInGrid(String gridCode, String name);

    /** Residents anywhere with this name, to tell a worker the one they mean lives in another grid. */
    List<Resident> findByName(String name);

    /**
     * Residents of the grid with a birthday reminder tag born on one of these days of the year, as
     * {@code month * 100 + day} (see {@link CareLabels#birthMonthDays}).
     */
    List<Resident> birthdaysInGrid(String gridCode, List<Integer> monthDays);

    /**
     * Residents of the grid with a visit schedule who are due by {@code by}: their next due date is on or
     * before it, or they have never been visited (due at once).
     */
    List<Resident> visitsDueInGrid(String gridCode, LocalDate by, int limit);

    /** Records a visit and moves the resident's last visit (and so the next due date) when it is later. */
    void logVisit(Visit visit);

    /** The visits a worker logged dated {@code from} to {@code to} (both inclusive), oldest first (the weekly sheet). */
    List<Visit> visitsBy(String workerCode, LocalDate from, LocalDate to);

    /** Replaces a stored resident's record (by id). */
    void update(Resident resident);

    /** Stores the resident, replacing one with the same natural key; answers whether it was new. */
    boolean upsert(Resident resident);
}

package cn.gridbot.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The five registers and their checks. */
public interface Registers {

    Optional<RegisterRecord> findById(long id);

    /** Records of a kind, by id, filtered as the query says. */
    Page<RegisterRecord> list(RegisterQuery query, PageRequest page);

    /**
     * Records of a grid a worker means by {@code text}: those whose name, address or person is exactly the
     * text, else those where one of them contains it; only places when {@code placesOnly}; at most {@code limit}.
     */
    List<RegisterRecord> findInGrid(String gridCode, String text, boolean placesOnly, int limit);

    /** Records of the grid due for a check by {@code by} (never checked, cycle or leaving day), the earliest first. */
    List<RegisterRecord> dueInGrid(String gridCode, LocalDate by, int limit);

    /** Stores the record, replacing the one of its kind with the same natural key; answers whether it was new. */
    boolean upsert(RegisterRecord record);

    /** Stores the check and moves the record's last check (and so its next due date) when the check is later. */
    RegisterCheck logCheck(RegisterCheck check);

    /** The record's checks, the latest first. */
    List<RegisterCheck> checks(long recordId);
}

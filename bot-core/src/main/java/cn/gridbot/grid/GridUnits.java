package cn.gridbot.grid;

import java.util.List;
import java.util.Optional;

/** The register of grid units. */
public interface GridUnits {

    List<GridUnit> findAll();

    Optional<GridUnit> findByCode(String code);

    /** Stores the unit, replacing one with the same code; answers whether it was new. */
    boolean upsert(GridUnit unit);

    /** Changes whenever any unit changes, so that every instance can tell when to reload. */
    String fingerprint();
}

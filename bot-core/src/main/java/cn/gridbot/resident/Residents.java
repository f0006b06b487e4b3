package cn.gridbot.resident;

import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The register of residents. */
public interface Residents {

    Optional<Resident> findById(long id);

    /** Residents of the grids under {@code unitPath} (all when null), optionally with a tag, by id. */
    Page<Resident> list(String unitPath, CareTag tag, PageRequest page);

    /** Stores the resident, replacing one with the same natural key; answers whether it was new. */
    boolean upsert(Resident resident);
}

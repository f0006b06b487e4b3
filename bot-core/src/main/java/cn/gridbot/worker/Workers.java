package cn.gridbot.worker;

import java.util.List;
import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The register of workers. */
public interface Workers {

    Optional<Worker> findByCode(String code);

    Optional<Worker> findByOpenid(String openid);

    List<Worker> findByUnit(String unitCode);

    /** Every worker bound to WeChat, by code. */
    List<Worker> findBound();

    /** Workers of the units under {@code unitPath} (all when null), by code. */
    Page<Worker> list(String unitPath, PageRequest page);

    /** Stores the worker, replacing one with the same code; answers whether it was new. */
    boolean upsert(Worker worker);
}

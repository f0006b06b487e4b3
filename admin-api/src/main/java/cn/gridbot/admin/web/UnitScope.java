package cn.gridbot.admin.web;

import org.springframework.stereotype.Component;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;

/** Turns a {@code gridCode} filter into the subtree a caller may read. */
@Component
public class UnitScope {

    private final GridCatalog grids;

    UnitScope(GridCatalog grids) {
        this.grids = grids;
    }

    /**
     * The path to filter by: the requested unit's subtree within the caller's scope, or the caller's scope
     * (null: the whole county). Paths are matched literally downstream, so {@code _} in a code is no wildcard.
     */
    public String pathFor(Principal principal, String gridCode) {
        if (gridCode == null || gridCode.isBlank()) {
            return principal.scope(null);
        }
        return principal.scope(unit(gridCode.strip()).path());
    }

    /**
     * The unit a statistics read is about: the requested one within the caller's scope, else the caller's own unit,
     * else (a county-wide token) the top of the tree. A METRICS token is refused.
     */
    public GridUnit readUnit(Principal principal, String gridCode) {
        if (gridCode != null && !gridCode.isBlank()) {
            GridUnit unit = unit(gridCode.strip());
            principal.scope(unit.path());
            return unit;
        }
        principal.scope(null);
        if (principal.unitCode() != null) {
            return unit(principal.unitCode());
        }
        return grids.directory().fallbackUnit()
                .orElseThrow(() -> DomainException.notFound("no-units", "No grid units are registered yet"));
    }

    public GridUnit unit(String code) {
        return grids.directory().find(code)
                .orElseThrow(() -> DomainException.notFound("unknown-unit", "No grid unit has the code " + code));
    }
}

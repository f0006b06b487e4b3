package cn.gridbot.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;

/**
 * The registers per child unit and kind (README "Registers"): records, checked in time, overdue, complete. One
 * grouped read over the unit's subtree, folded into its children in memory. SPECIAL is left out unless asked
 * for (ADMIN only).
 */
@Component
public class RegisterStatistics {

    /** One child unit's figures for one kind. */
    public record UnitKindCount(String unitCode, String unitName, RegisterKind kind, long records, long checkedInTime,
            long overdue, long complete) {
    }

    private final RegisterTally tally;
    private final GridCatalog grids;

    RegisterStatistics(RegisterTally tally, GridCatalog grids) {
        this.tally = tally;
        this.grids = grids;
    }

    /** Per child of {@code unit} (the unit itself when it has none) and kind, zeros included. */
    public List<UnitKindCount> byChild(GridUnit unit, LocalDate today, boolean withSpecial) {
        GridDirectory directory = grids.directory();
        List<GridUnit> children = directory.childrenOf(unit.code());
        List<GridUnit> rows = children.isEmpty() ? List.of(unit) : children;
        List<RegisterKind> kinds = Arrays.stream(RegisterKind.values()).filter(k -> withSpecial || !k.adminOnly()).toList();
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (RegisterTally.GridCount c : tally.countByGrid(unit.path(), today)) {
            if (!kinds.contains(c.kind())) {
                continue;
            }
            String path = directory.find(c.gridCode()).map(GridUnit::path).orElse(null);
            rows.stream().filter(row -> path != null && path.startsWith(row.path())).findFirst().ifPresent(row -> {
                long[] s = sums.computeIfAbsent(row.code() + "|" + c.kind(), k -> new long[4]);
                s[0] += c.records();
                s[1] += c.checkedInTime();
                s[2] += c.overdue();
                s[3] += c.complete();
            });
        }
        List<UnitKindCount> out = new ArrayList<>();
        for (GridUnit row : rows) {
            for (RegisterKind kind : kinds) {
                long[] s = sums.getOrDefault(row.code() + "|" + kind, new long[4]);
                out.add(new UnitKindCount(row.code(), row.name(), kind, s[0], s[1], s[2], s[3]));
            }
        }
        return out;
    }
}

package cn.gridbot.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders imported features so that every parent comes before its children, whether the parent is already
 * in the tree or further down the same file; a feature whose parent is unknown, of a level not above its
 * own, or caught in a cycle is rejected with the reason.
 */
final class ParentOrder {

    /** The features in an order that can be stored one by one, and the ones rejected. */
    record Arranged(List<UnitFeature> ordered, List<GridImportReport.Rejected> rejected) {
    }

    /** Where a feature stands while the order is worked out. */
    private sealed interface Standing permits Ready, WaitForParent, Refused {
    }

    private record Ready() implements Standing {
    }

    /** Its parent is in this file and not placed yet. */
    private record WaitForParent() implements Standing {
    }

    private record Refused(String reason) implements Standing {
    }

    private ParentOrder() {
    }

    /** {@code known}: the levels of the units already in the tree, by code. */
    static Arranged arrange(Map<String, UnitFeature> features, Map<String, UnitLevel> known) {
        List<UnitFeature> ordered = new ArrayList<>();
        List<GridImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, UnitFeature> pending = new LinkedHashMap<>(features);
        Map<String, UnitLevel> levels = new HashMap<>(known);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.values().iterator(); it.hasNext();) {
                UnitFeature f = it.next();
                Standing standing = standing(f, levels, pending);
                if (standing instanceof Ready) {
                    ordered.add(f);
                    levels.put(f.code(), f.level());
                } else if (standing instanceof Refused refused) {
                    rejected.add(new GridImportReport.Rejected(f.code(), refused.reason()));
                } else {
                    continue;
                }
                it.remove();
                progress = true;
            }
        }
        pending.values().forEach(f -> rejected.add(new GridImportReport.Rejected(f.code(),
                "parentCode " + f.parentCode() + " is not a known unit (or the parents form a cycle)")));
        return new Arranged(ordered, rejected);
    }

    private static Standing standing(UnitFeature f, Map<String, UnitLevel> levels, Map<String, UnitFeature> pending) {
        if (f.parentCode() == null) {
            return f.level() == UnitLevel.DEPARTMENT ? new Refused("a DEPARTMENT sits under the county or a township")
                    : new Ready();
        }
        UnitLevel parentLevel = levels.get(f.parentCode());
        if (parentLevel == null) {
            return pending.containsKey(f.parentCode()) ? new WaitForParent()
                    : new Refused("parentCode " + f.parentCode() + " is not a known unit");
        }
        if (f.level() == UnitLevel.DEPARTMENT && !parentLevel.dispatches()) {
            return new Refused("a DEPARTMENT sits under the county or a township, not under the " + parentLevel + " "
                    + f.parentCode());
        }
        if (parentLevel.ordinal() >= f.level().ordinal()) {
            return new Refused("a " + f.level() + " cannot sit under the " + parentLevel + " " + f.parentCode());
        }
        return new Ready();
    }
}

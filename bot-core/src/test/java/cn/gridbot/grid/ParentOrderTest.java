package cn.gridbot.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Features are stored parents first, wherever the parent is; impossible places are refused with the reason. */
class ParentOrderTest {

    @Test
    void aChildListedBeforeItsParentIsPlacedAfterIt() {
        ParentOrder.Arranged arranged = ParentOrder.arrange(features(
                unit("G1", UnitLevel.GRID, "C1"), unit("C1", UnitLevel.COMMUNITY, "T1"), unit("T1", UnitLevel.TOWNSHIP, "X")),
                Map.of("X", UnitLevel.COUNTY));
        assertThat(arranged.ordered()).extracting(UnitFeature::code).containsExactly("T1", "C1", "G1");
        assertThat(arranged.rejected()).isEmpty();
    }

    @Test
    void anUnknownParentAWrongLevelAndACycleAreRefused() {
        ParentOrder.Arranged arranged = ParentOrder.arrange(features(
                unit("G1", UnitLevel.GRID, "NOPE"), unit("T1", UnitLevel.TOWNSHIP, "G0"),
                unit("C1", UnitLevel.COMMUNITY, "C2"), unit("C2", UnitLevel.COMMUNITY, "C1")),
                Map.of("G0", UnitLevel.GRID));
        assertThat(arranged.ordered()).isEmpty();
        assertThat(arranged.rejected()).extracting(GridImportReport.Rejected::code, GridImportReport.Rejected::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("G1", "parentCode NOPE is not a known unit"),
                        org.assertj.core.groups.Tuple.tuple("T1", "a TOWNSHIP cannot sit under the GRID G0"),
                        org.assertj.core.groups.Tuple.tuple("C1", "parentCode C2 is not a known unit (or the parents form a cycle)"),
                        org.assertj.core.groups.Tuple.tuple("C2", "parentCode C1 is not a known unit (or the parents form a cycle)"));
    }

    @Test
    void aRootNeedsNoParent() {
        assertThat(ParentOrder.arrange(features(unit("X", UnitLevel.COUNTY, null)), Map.of()).ordered())
                .extracting(UnitFeature::code).containsExactly("X");
    }

    private static UnitFeature unit(String code, UnitLevel level, String parent) {
        return new UnitFeature(code, code, level, parent, List.of(), null);
    }

    private static Map<String, UnitFeature> features(UnitFeature... units) {
        Map<String, UnitFeature> map = new LinkedHashMap<>();
        for (UnitFeature u : units) {
            map.put(u.code(), u);
        }
        return map;
    }
}

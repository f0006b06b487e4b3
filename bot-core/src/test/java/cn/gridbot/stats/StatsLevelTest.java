package cn.gridbot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.UnitLevel;

/** Where an event counts at each level, and which units' counters an overview reads, on a tree that skips levels. */
class StatsLevelTest {

    private static GridUnit unit(String code, UnitLevel level, String parent, String path) {
        return new GridUnit(code, code, level, parent, path, List.of(), null);
    }

    // K county; T1 township with community M1 (grids G1, G2) and grid G3 directly under T1; community M2
    // directly under the county, with grid G4.
    private final GridDirectory tree = GridDirectory.of(List.of(
            unit("K", UnitLevel.COUNTY, null, "/K/"),
            unit("T1", UnitLevel.TOWNSHIP, "K", "/K/T1/"),
            unit("M1", UnitLevel.COMMUNITY, "T1", "/K/T1/M1/"),
            unit("G1", UnitLevel.GRID, "M1", "/K/T1/M1/G1/"),
            unit("G2", UnitLevel.GRID, "M1", "/K/T1/M1/G2/"),
            unit("G3", UnitLevel.GRID, "T1", "/K/T1/G3/"),
            unit("M2", UnitLevel.COMMUNITY, "K", "/K/M2/"),
            unit("G4", UnitLevel.GRID, "M2", "/K/M2/G4/")));

    private String bucket(StatsLevel level, String unit) {
        return level.bucketOf(unit, tree).map(GridUnit::code).orElse("-");
    }

    @Test
    void anEventCountsInItsTownshipCommunityAndGrid() {
        assertThat(bucket(StatsLevel.TOWNSHIP, "G1")).isEqualTo("T1");
        assertThat(bucket(StatsLevel.COMMUNITY, "G1")).isEqualTo("M1");
        assertThat(bucket(StatsLevel.GRID, "G1")).isEqualTo("G1");
    }

    @Test
    void whereTheTreeSkipsALevelOrTheEventSitsAboveItTheNearestUnitAboveCounts() {
        assertThat(bucket(StatsLevel.COMMUNITY, "G3")).isEqualTo("T1");
        assertThat(bucket(StatsLevel.TOWNSHIP, "G4")).isEqualTo("K");
        assertThat(bucket(StatsLevel.GRID, "M1")).isEqualTo("M1");
        assertThat(bucket(StatsLevel.COMMUNITY, "K")).isEqualTo("K");
        assertThat(bucket(StatsLevel.GRID, "gone")).isEqualTo("-");
    }

    @Test
    void anOverviewReadsTheLevelBelowItsUnit() {
        assertThat(StatsLevel.below(UnitLevel.COUNTY)).isEqualTo(StatsLevel.TOWNSHIP);
        assertThat(StatsLevel.below(UnitLevel.TOWNSHIP)).isEqualTo(StatsLevel.COMMUNITY);
        assertThat(StatsLevel.below(UnitLevel.COMMUNITY)).isEqualTo(StatsLevel.GRID);
        assertThat(StatsLevel.below(UnitLevel.GRID)).isEqualTo(StatsLevel.GRID);
        assertThat(tree.descendantsAt("K", UnitLevel.COMMUNITY)).extracting(GridUnit::code).containsExactlyInAnyOrder("M1", "M2");
        assertThat(tree.descendantsAt("T1", UnitLevel.GRID)).extracting(GridUnit::code).containsExactlyInAnyOrder("G1", "G2", "G3");
        assertThat(tree.descendantsAt("G1", UnitLevel.GRID)).isEmpty();
    }
}

package cn.gridbot.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Grid resolution in the order of README "Conversation", on shapes where bounding boxes give wrong answers. */
class GridRouterTest {

    private final GridCatalog catalog = GridTestData.catalog(GridTestData.county());
    private final Map<String, String> homes = Map.of("o-registered", "T-E-1-R");
    private final GridRouter router = GridTestData.router(catalog, openid -> Optional.ofNullable(homes.get(openid)));

    private String gridAt(double lon, double lat) {
        GridMatch match = router.route("", new GeoPoint(lon, lat), null);
        return match.matchedBy() == MatchedBy.LOCATION ? match.gridCode() : null;
    }

    @Test
    void findsTheGridWhosePolygonContainsThePoint() {
        assertThat(gridAt(104.005, 30.005)).isEqualTo("T-E-1-L");
        assertThat(gridAt(104.015, 30.015)).isEqualTo("T-E-1-N");
    }

    @Test
    void pointsNearABentBoundaryGoToTheRightSide() {
        // 10 m either side of the L's inner corner at (104.01, 30.01): both inside the L's bounding box.
        assertThat(gridAt(104.0101, 30.0099)).isEqualTo("T-E-1-L");
        assertThat(gridAt(104.0101, 30.0101)).isEqualTo("T-E-1-N");
        assertThat(gridAt(104.0099, 30.0101)).isEqualTo("T-E-1-L");
    }

    @Test
    void aHoleBelongsToTheGridThatFillsIt() {
        assertThat(gridAt(104.04, 30.01)).isEqualTo("T-E-1-S");
        assertThat(gridAt(104.032, 30.01)).isEqualTo("T-E-1-R");
    }

    @Test
    void bothPartsOfAMultiPolygonBelongToItButNotTheGapBetween() {
        assertThat(gridAt(104.065, 30.005)).isEqualTo("T-E-1-M");
        assertThat(gridAt(104.085, 30.005)).isEqualTo("T-E-1-M");
        assertThat(gridAt(104.075, 30.005)).isNull();
    }

    @Test
    void aPointOutsideEveryGridFallsThroughToTheText() {
        GridMatch match = router.route("建设路路灯坏了", new GeoPoint(103.5, 29.5), null);
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.KEYWORD);
        assertThat(match.gridCode()).isEqualTo("T-E-1-R");
    }

    @Test
    void theLocationWinsOverPlaceNamesInTheText() {
        GridMatch match = router.route("建设路路灯坏了", new GeoPoint(104.005, 30.005), "o-registered");
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.LOCATION);
        assertThat(match.gridCode()).isEqualTo("T-E-1-L");
    }

    @Test
    void findsAKeywordInsideALongerAddress() {
        GridMatch match = router.route("滨河路112号紫薇苑3栋2单元门口垃圾堆起了", null, null);
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.KEYWORD);
        assertThat(match.gridCode()).isEqualTo("T-E-1-N");
    }

    @Test
    void theLongestPlaceNameWins() {
        assertThat(router.route("滨河路112号紫薇苑二期的井盖坏了", null, null).gridCode()).isEqualTo("T-E-1-N");
        assertThat(router.route("滨河路的井盖坏了", null, null).gridCode()).isEqualTo("T-E-1-L");
    }

    @Test
    void twoPlacesOfDifferentGridsOfEqualLengthGoToTheOneNamedFirst() {
        assertThat(router.route("建设路和幸福路路口红绿灯坏了", null, null).gridCode()).isEqualTo("T-E-1-R");
        assertThat(router.route("幸福路和建设路路口红绿灯坏了", null, null).gridCode()).isEqualTo("T-E-1-L");
    }

    @Test
    void aGridPlaceBeatsALongerTownshipOrCommunityName() {
        GridMatch match = router.route("幸福社区建设路有人乱倒垃圾", null, null);
        assertThat(match.gridCode()).isEqualTo("T-E-1-R");
    }

    @Test
    void aTownshipOrCommunityNameAloneNarrowsToThatUnitNeverToAGridInIt() {
        GridMatch town = router.route("东城镇这边好多垃圾没人收", null, null);
        assertThat(town.matchedBy()).isEqualTo(MatchedBy.KEYWORD);
        assertThat(town.gridCode()).isNull();
        assertThat(town.unit().code()).isEqualTo("T-E");
        GridMatch community = router.route("幸福社区门口路灯不亮", null, null);
        assertThat(community.gridCode()).isNull();
        assertThat(community.unit().code()).isEqualTo("T-E-1");
        assertThat(catalog.directory().dispatcherOf(community.unit()).code()).isEqualTo("T-E");
    }

    @Test
    void withoutAPlaceTheResidentsRegisteredGridIsUsed() {
        GridMatch match = router.route("路灯坏了", null, "o-registered");
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.REGISTERED);
        assertThat(match.gridCode()).isEqualTo("T-E-1-R");
    }

    @Test
    void withNothingToGoOnTheEventGoesToTheCountyQueue() {
        GridMatch match = router.route("路灯坏了", null, "o-stranger");
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.NONE);
        assertThat(match.gridCode()).isNull();
        assertThat(match.unit().code()).isEqualTo("T");
    }

    @Test
    void aKeywordTwoGridsShareNarrowsToTheirCommonParent() {
        GridCatalog shared = GridTestData.catalog(java.util.stream.Stream.concat(GridTestData.county().stream(),
                java.util.stream.Stream.of(GridTestData.unit("T-W-9", "西城社区", UnitLevel.COMMUNITY, "T-W",
                        java.util.List.of("建设路"), null))).toList());
        GridMatch match = GridTestData.router(shared, openid -> Optional.empty()).route("建设路井盖坏了", null, null);
        assertThat(match.gridCode()).isNull();
        assertThat(match.unit().code()).isEqualTo("T");
    }
}

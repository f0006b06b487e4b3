package cn.gridbot.grid;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds the unit an event belongs to, in the order of README "Conversation": the location, a place named in the
 * text, the resident's registered grid, and finally the county's dispatcher queue.
 */
@Component
public class GridRouter {

    private final GridCatalog catalog;
    private final RegisteredGrids registered;

    GridRouter(GridCatalog catalog, RegisteredGrids registered) {
        this.catalog = catalog;
        this.registered = registered;
    }

    public GridMatch route(String text, GeoPoint location, String openid) {
        GridDirectory directory = catalog.directory();
        if (location != null) {
            Optional<GridUnit> grid = directory.gridAt(location.longitude(), location.latitude());
            if (grid.isPresent()) {
                return new GridMatch(grid.get(), MatchedBy.LOCATION);
            }
        }
        Optional<GridDirectory.PlaceMention> place = directory.placeIn(text);
        if (place.isPresent()) {
            return new GridMatch(place.get().unit(), MatchedBy.KEYWORD);
        }
        if (openid != null && !openid.isBlank()) {
            Optional<GridUnit> home = registered.gridOf(openid).flatMap(directory::find);
            if (home.isPresent()) {
                return new GridMatch(home.get(), MatchedBy.REGISTERED);
            }
        }
        return new GridMatch(directory.fallbackUnit().orElse(null), MatchedBy.NONE);
    }

    /** Only the location and text steps: what a message says by itself, without the sender's register entry. */
    public Optional<GridMatch> locate(String text, GeoPoint location) {
        GridMatch match = route(text, location, null);
        return match.matchedBy() == MatchedBy.NONE ? Optional.empty() : Optional.of(match);
    }
}

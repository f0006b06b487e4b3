package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Category;
import cn.gridbot.duplicate.TextSimilarity;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridUnit;

/**
 * Decides at intake whether a resident's complaint repeats an open event (README "Departments and supervision"): same
 * grid and category, created within the window, and a text at least as similar as the threshold or a location within
 * the distance. Emergencies are never merged — a wrong merge must not hide one. Reads the database in the intake's
 * own transaction and calls nothing outside it.
 */
@Component
class DuplicateCheck {

    private static final int CANDIDATES = 50;
    private static final double EARTH_RADIUS_METERS = 6_371_000;

    private final MergedReports reports;
    private final MergeSettings settings;
    private final TextSimilarity similarity = new TextSimilarity();

    DuplicateCheck(MergedReports reports, MergeSettings settings) {
        this.reports = reports;
        this.settings = settings;
    }

    /** The number of the open event this report repeats, if any; the most alike when several. */
    Optional<String> mainFor(NewReport report, GridUnit unit, Instant at) {
        if (!settings.enabled() || report.urgent() || report.source() != Source.RESIDENT || unit == null || !unit.isGrid()
                || report.classification().category() == Category.EMERGENCY) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = 0;
        for (MergedReports.Candidate c : reports.openCandidates(unit.code(), report.classification().category(),
                at.minus(settings.window()), CANDIDATES)) {
            double score = near(report.location(), c.location()) ? 1.0
                    : Math.round(similarity.score(report.description(), c.description(), unit.keywords()) * 100) / 100.0;
            if (score >= settings.threshold() && score > bestScore) {
                best = c.number();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean near(GeoPoint a, GeoPoint b) {
        return a != null && b != null && meters(a, b) <= settings.distanceMeters();
    }

    /** Great-circle distance (haversine). */
    static double meters(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
    }
}

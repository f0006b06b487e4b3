package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GeoPoint;

/** What the duplicate merge reads: the open events a new complaint may repeat, and the reports merged into an event. */
public interface MergedReports {

    /** An open event a new complaint may repeat. */
    record Candidate(String number, String description, GeoPoint location) {
    }

    /** A report merged into an event, and who made it. */
    record Merged(String number, String reporterOpenid) {
    }

    /** The open events of a grid and category created since {@code since}, newest first. */
    List<Candidate> openCandidates(String gridCode, Category category, Instant since, int limit);

    /** The reports merged into the event with this number. */
    List<Merged> mergedInto(String mainNumber);

    /** The reporter's latest merged report whose main event is resolved or closed and that the reporter has not rated. */
    Optional<String> latestUnratedMerged(String openid);
}

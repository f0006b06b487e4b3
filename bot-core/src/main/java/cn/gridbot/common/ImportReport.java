package cn.gridbot.common;

import java.util.List;

/** What a CSV import did: rows stored, and each rejected row with its line number and reason. */
public record ImportReport(int imported, List<Rejection> rejected) {

    public record Rejection(long line, String reason) {
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}

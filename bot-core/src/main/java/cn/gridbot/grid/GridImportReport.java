package cn.gridbot.grid;

import java.util.List;

/** What a GeoJSON import did: units created and updated, and each rejected feature with its reason. */
public record GridImportReport(int created, int updated, List<Rejected> rejected) {

    public record Rejected(String code, String reason) {
    }

    public GridImportReport {
        rejected = List.copyOf(rejected);
    }
}

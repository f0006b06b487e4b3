package cn.gridbot.patrol;

import java.time.Duration;
import java.time.Instant;

/**
 * One patrol of a grid worker: when it started and ended, how many locations it recorded and how many of them lay
 * inside the worker's unit ({@code unitCode}, their grid), and whether it counts (README "The grid worker's own day").
 * Open while {@code endedAt} is null.
 */
public record Patrol(Long id, String workerCode, String unitCode, String unitPath, Instant startedAt, Instant endedAt,
        int points, int insidePoints, boolean valid, boolean autoEnded, String note) {

    public boolean open() {
        return endedAt == null;
    }

    /** The share of the points inside the grid, 0 to 1; 0 without points. */
    public double insideShare() {
        return points == 0 ? 0 : (double) insidePoints / points;
    }

    /** How long it lasted, or has lasted by {@code now} while open. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}

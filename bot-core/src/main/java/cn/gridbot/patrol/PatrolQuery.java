package cn.gridbot.patrol;

import java.time.Instant;

/** The patrol list's filters; null means any. {@code unitPath} is a subtree, matched literally. */
public record PatrolQuery(String workerCode, String unitPath, Instant from, Instant to, Boolean valid) {
}

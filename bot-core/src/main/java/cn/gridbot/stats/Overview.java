package cn.gridbot.stats;

import java.time.LocalDate;
import java.util.Map;

/** {@code GET /api/v1/stats/overview}: a unit's figures for a period, by category and by child unit. */
public record Overview(String unitCode, String unitName, LocalDate from, LocalDate to, Figures total,
        Map<String, Figures> byCategory, Map<String, Figures> byChild) {
}

package cn.gridbot.assessment;

import java.util.Map;

/**
 * One ranked row: who ({@code code}, {@code name}, the unit they belong to), what they did ({@link Tally}), each
 * measure's value from 0 to 1 (null: nothing to measure) and the weighted score from 0 to 100 (null: nothing measured).
 */
public record AssessmentRow(int rank, String code, String name, String unitCode, Tally tally, Map<Measure, Double> values,
        Double score) {
}

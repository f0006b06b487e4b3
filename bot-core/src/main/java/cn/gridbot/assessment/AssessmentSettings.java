package cn.gridbot.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.assessment.weights.*}: the weight of each measure in the score (defaults sum to 100). A measure with
 * nothing to measure for a row leaves its weight out of that row's score. {@code gridbot.assessment.self-report-target}:
 * the self-reports (报事) a grid worker on duty is expected to make in a month (default 10, about one every other
 * working day); 0 leaves the measure out.
 */
@ConfigurationProperties("gridbot.assessment")
record AssessmentSettings(@DefaultValue Weights weights, @DefaultValue("10") int selfReportTarget) {

    record Weights(@DefaultValue("25") int onTime, @DefaultValue("15") int signTimely,
            @DefaultValue("20") int satisfaction, @DefaultValue("10") int reopened,
            @DefaultValue("10") int visits, @DefaultValue("10") int patrols,
            @DefaultValue("5") int checks, @DefaultValue("5") int selfReports) {
    }

    Map<Measure, Integer> byMeasure() {
        Map<Measure, Integer> w = new EnumMap<>(Measure.class);
        w.put(Measure.ON_TIME, weights.onTime());
        w.put(Measure.SIGN_TIMELY, weights.signTimely());
        w.put(Measure.SATISFACTION, weights.satisfaction());
        w.put(Measure.REOPENED, weights.reopened());
        w.put(Measure.VISITS, weights.visits());
        w.put(Measure.PATROLS, weights.patrols());
        w.put(Measure.CHECKS, weights.checks());
        w.put(Measure.SELF_REPORTS, weights.selfReports());
        return w;
    }
}

package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final double THRESHOLD = 0.25;

    /** A posterior over {@link Category#values()} with {@code emergency} on EMERGENCY and the rest on DISPUTE. */
    private static double[] posterior(double emergency) {
        double[] p = new double[Category.values().length];
        p[Category.EMERGENCY.ordinal()] = emergency;
        p[Category.DISPUTE.ordinal()] = 1 - emergency;
        return p;
    }

    @Test
    void aMessageReadAsAnEmergencyWhoseDangerTheScorerJudgedOverIsNotRuledOut() {
        Classification c = Decision.decide(new Decision.Scores(posterior(0.7), 0.002), THRESHOLD);

        assertEquals(Category.DISPUTE, c.category());
        assertEquals(0.7, c.readAsEmergency(), 1e-9);
        assertTrue(c.dangerNotRuledOut());
    }

    @Test
    void aMessageReadAsAnEmergencyAtLeastAsOftenAsNotIsNotRuledOutAndOneReadSoLessOftenIsRuledOutByALowScore() {
        assertTrue(Decision.decide(new Decision.Scores(posterior(Classification.SURE), 0.002), THRESHOLD)
                .dangerNotRuledOut());
        assertFalse(Decision.decide(new Decision.Scores(posterior(0.49), 0.002), THRESHOLD).dangerNotRuledOut());
        assertTrue(Decision.decide(new Decision.Scores(posterior(0.1), Classification.NOT_RULED_OUT), THRESHOLD)
                .dangerNotRuledOut());
    }

    @Test
    void anEmergencyDecidedIsNeverAlsoADangerNotRuledOut() {
        Classification c = Decision.decide(new Decision.Scores(posterior(0.9), 0.3), THRESHOLD);

        assertTrue(c.emergency());
        assertFalse(c.dangerNotRuledOut());
    }
}

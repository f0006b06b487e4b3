package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The probe that decided the twenty-fourth round (docs/classifier-history.md, "The twenty-fourth round"): trains on the
 * training corpora with only the first N scored sets ({@link TrainedClassifier#SCORED_SETS}) and scores the scored sets
 * after them and the hard held-out sets, printing each set's EMERGENCY recall and false alarms. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ScoredSetsProbe -Dexec.args=38}
 * (38: the round's probe, which then scored sets 39–46 and now scores sets 39–78 and every held-out hard set; 0: the
 * model without the scored sets; 42: the twenty-fourth to twenty-seventh rounds' models; 78: the current model).
 */
public final class ScoredSetsProbe {

    private ScoredSetsProbe() {
    }

    public static void main(String[] args) {
        int trainedOn = Integer.parseInt(args[0]);
        List<String> sets = TrainedClassifier.SCORED_SETS;
        List<String> training = new ArrayList<>(List.of(TrainedClassifier.TRAINING_CORPORA));
        training.removeAll(sets.subList(trainedOn, sets.size()));
        TrainedClassifier classifier = new TrainedClassifier(Corpus.read(training.toArray(String[]::new)),
                Settings.DEFAULT, EmergencySettings.DEFAULT);
        Category e = Category.EMERGENCY;
        int caught = 0;
        int emergencies = 0;
        int falseAlarms = 0;
        for (String set : Stream.concat(sets.subList(trainedOn, sets.size()).stream(), ClassifierEvaluation.HARD.stream())
                .filter(set -> !ClassifierEvaluation.SEALED.contains(set)).toList()) {
            Scores s = ClassifierEvaluation.evaluate(classifier, Corpus.read(set));
            System.out.printf(Locale.ROOT, "%-40s recall %d of %d, %d false alarms%n", set, s.hits(e), s.labelled(e),
                    s.decided(e) - s.hits(e));
            caught += s.hits(e);
            emergencies += s.labelled(e);
            falseAlarms += s.decided(e) - s.hits(e);
        }
        System.out.printf(Locale.ROOT, "trained on the first %d scored sets: %d of %d caught (%.1f %%), %d false alarms,"
                + " precision %.1f %%%n", trainedOn, caught, emergencies, 100.0 * caught / emergencies, falseAlarms,
                100.0 * caught / (caught + falseAlarms));
    }
}

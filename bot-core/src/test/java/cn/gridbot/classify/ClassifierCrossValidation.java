package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Stratified k-fold cross-validation on the training corpus only: every modelling decision (features,
 * hyper-parameters, the emergency threshold, which messages to add to the corpus) was taken from these figures,
 * so the held-out score stays honest. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierCrossValidation}
 * adding {@code -Dcv.repeats=3} to average three fold assignments, {@code -Dexec.args=--misses} to list the
 * training lines it gets wrong, and {@code -Dcv.rate=…} and the like (see {@link #overridden}) to try settings.
 */
public final class ClassifierCrossValidation {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 7L;

    private ClassifierCrossValidation() {
    }

    /** Posteriors for every corpus line, each from a model trained on the other folds. */
    static double[][] outOfFold(List<Corpus.Labelled> corpus, Settings settings, long foldSeed) {
        int[] fold = assignFolds(corpus, foldSeed);
        double[][] posteriors = new double[corpus.size()][];
        for (int f = 0; f < FOLDS; f++) {
            List<Corpus.Labelled> train = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (fold[i] != f) {
                    train.add(corpus.get(i));
                }
            }
            TrainedClassifier classifier = new TrainedClassifier(train, settings);
            for (int i = 0; i < corpus.size(); i++) {
                if (fold[i] == f) {
                    posteriors[i] = classifier.probabilities(corpus.get(i).text());
                }
            }
        }
        return posteriors;
    }

    /** Each category's lines shuffled and dealt round-robin, so every fold has the corpus's class mix. */
    static int[] assignFolds(List<Corpus.Labelled> corpus, long seed) {
        int[] fold = new int[corpus.size()];
        Random random = new Random(seed);
        for (Category c : Category.values()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (corpus.get(i).category() == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = j % FOLDS;
            }
        }
        return fold;
    }

    /** The default settings with any of {@code -Dcv.epochs, cv.rate, cv.decay, cv.l2, cv.ew, cv.nbw, cv.nba, cv.nbt, cv.threshold}. */
    static Settings overridden(Settings d) {
        return new Settings(Integer.getInteger("cv.epochs", d.epochs()), number("cv.rate", d.learningRate()),
                number("cv.decay", d.decay()), number("cv.l2", d.l2()), number("cv.ew", d.emergencyWeight()),
                number("cv.nbw", d.bayesWeight()), number("cv.nba", d.bayesAlpha()), number("cv.nbt", d.bayesTemperature()),
                number("cv.threshold", d.emergencyThreshold()), d.seed());
    }

    private static double number(String property, double fallback) {
        String value = System.getProperty(property);
        return value == null ? fallback : Double.parseDouble(value);
    }

    public static void main(String[] args) {
        List<Corpus.Labelled> corpus = Corpus.read(TrainedClassifier.TRAINING_CORPUS);
        Settings settings = overridden(Settings.DEFAULT);
        int repeats = Integer.getInteger("cv.repeats", 1);
        long started = System.nanoTime();
        List<Corpus.Labelled> lines = new ArrayList<>();
        List<double[]> posteriors = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            lines.addAll(corpus);
            posteriors.addAll(List.of(outOfFold(corpus, settings, FOLD_SEED + r)));
        }
        OutOfFold cv = new OutOfFold(lines, posteriors.toArray(double[][]::new));
        System.out.printf(Locale.ROOT, "%d× %d-fold cross-validation on the %d training messages (%d s)%n%n", repeats,
                FOLDS, corpus.size(), (System.nanoTime() - started) / 1_000_000_000);
        System.out.print(ClassifierEvaluation.report(cv.score(settings.emergencyThreshold()))
                .replace("Held-out messages", "Cross-validated predictions"));
        System.out.println();
        System.out.print(cv.confidenceReport(settings.emergencyThreshold()));
        System.out.println("\nEmergency threshold (EMERGENCY wins when its probability reaches it):");
        for (double t : OutOfFold.THRESHOLDS) {
            System.out.println(OutOfFold.summary(t, cv.score(t)));
        }
        System.out.printf(Locale.ROOT, "chosen: %.3f (best EMERGENCY recall keeping accuracy and every recall %.0f point"
                + " above the targets); in use: %.3f%n", cv.chooseThreshold(), 100 * OutOfFold.MARGIN,
                settings.emergencyThreshold());
        if (args.length > 0 && args[0].equals("--misses")) {
            System.out.println("\nTraining lines misclassified out of fold:");
            cv.misses(settings.emergencyThreshold()).forEach(System.out::println);
        }
    }
}

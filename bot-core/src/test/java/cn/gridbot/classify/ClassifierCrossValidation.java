package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation on the training corpora only (the county one, the hard one's training parts and,
 * since the twenty-fourth round, the scored hard sets): modelling decisions (features, cues, hyper-parameters, the
 * emergency threshold, when to ask the resident) are taken from these figures, so the held-out scores stay honest —
 * except the twenty-fourth round's decision to train on the scored sets, taken from {@link ScoredSetsProbe} on sets
 * 39–46 (docs/classifier-history.md, "The twenty-fourth round"). Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierCrossValidation}
 * adding {@code -Dcv.repeats=3} to average three fold assignments, {@code -Dexec.args=--misses} to list the training
 * lines it gets wrong, {@code -Dcv.extra=…} to name the files trained on in every fold without being scored (default
 * {@link #TRAIN_ONLY}; so that the figures with and without a file are on the same lines), and {@code -Dcv.rate=…},
 * {@code -Dcv.e.threshold=…} and the like (see {@link #overridden}) to try settings.
 */
public final class ClassifierCrossValidation {

    static final int FOLDS = 5;
    /**
     * Training files trained on in every fold but never scored: {@link TrainedClassifier#MINIMAL_PAIRS}, written to sit
     * on one line — a hazard with a person in its way against the same hazard with nobody there (hard-train-5.tsv,
     * docs/classifier-history.md "The fifth round"), violence now against the quarrel or theft without it
     * (hard-train-6-violence.tsv, "The eighth round"), something overhead coming down on people beneath it now against
     * the same thing holding, fixed or feared (hard-train-10-overhead.tsv), and a question of what to do if a danger
     * happens against the same question asked while it happens (hard-train-11-if.tsv; both "The thirty-fifth round").
     * They sample that line, not what residents send, so scoring them would skew the figures the threshold rule reads
     * (with them scored it would pick 0.4 or 0.5), and the figures stay on the lines earlier rounds were judged on.
     */
    static final String TRAIN_ONLY = String.join(",", TrainedClassifier.MINIMAL_PAIRS);
    static final long FOLD_SEED = 7L;

    private ClassifierCrossValidation() {
    }

    /** Scores for every corpus line, each from models trained on the other folds. */
    static List<Decision.Scores> outOfFold(TextFeatures features, List<Corpus.Labelled> corpus,
            List<TextFeatures.Analysed> analysed, Settings settings, EmergencySettings emergency, long foldSeed) {
        return outOfFold(features, corpus, analysed, List.of(), List.of(), settings, emergency, foldSeed);
    }

    /**
     * Scores for every corpus line, each from models trained on the other folds and on {@code extra}, lines that are
     * trained on in every fold and never scored: a training file under trial is judged on the same scored lines as
     * the model without it.
     */
    static List<Decision.Scores> outOfFold(TextFeatures features, List<Corpus.Labelled> corpus,
            List<TextFeatures.Analysed> analysed, List<Corpus.Labelled> extra, List<TextFeatures.Analysed> extraAnalysed,
            Settings settings, EmergencySettings emergency, long foldSeed) {
        int[] fold = assignFolds(corpus, foldSeed);
        Decision.Scores[] scores = new Decision.Scores[corpus.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Corpus.Labelled> train = new ArrayList<>(extra);
            List<TextFeatures.Analysed> trainAnalysed = new ArrayList<>(extraAnalysed);
            for (int i = 0; i < corpus.size(); i++) {
                if (fold[i] != f) {
                    train.add(corpus.get(i));
                    trainAnalysed.add(analysed.get(i));
                }
            }
            TrainedClassifier classifier = new TrainedClassifier(features, train, trainAnalysed, settings, emergency);
            for (int i = 0; i < corpus.size(); i++) {
                if (fold[i] == f) {
                    scores[i] = classifier.scores(analysed.get(i));
                }
            }
        }
        return List.of(scores);
    }

    /** Each (family, category) group's lines shuffled and dealt round-robin, so every fold has the corpus's mix. */
    static int[] assignFolds(List<Corpus.Labelled> corpus, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            groups.computeIfAbsent(corpus.get(i).family() + "/" + corpus.get(i).category(), g -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[corpus.size()];
        Random random = new Random(seed);
        int dealt = 0;
        for (List<Integer> members : groups.values()) {
            Collections.shuffle(members, random);
            for (int index : members) {
                fold[index] = dealt++ % FOLDS;
            }
        }
        return fold;
    }

    /**
     * The default settings with any of {@code -Dcv.epochs, cv.rate, cv.decay, cv.l2, cv.ew, cv.nbw, cv.nba, cv.nbt}, and
     * {@code -Dcv.seed}: the seed of the models' stochastic gradient descent, which changes no setting, only the order
     * of the training steps, so how far it moves the figures is how far any retraining moves them by chance.
     */
    static Settings overridden(Settings d) {
        return new Settings(Integer.getInteger("cv.epochs", d.epochs()), number("cv.rate", d.learningRate()),
                number("cv.decay", d.decay()), number("cv.l2", d.l2()), number("cv.ew", d.emergencyWeight()),
                number("cv.nbw", d.bayesWeight()), number("cv.nba", d.bayesAlpha()), number("cv.nbt", d.bayesTemperature()),
                Long.getLong("cv.seed", d.seed()));
    }

    /** The default emergency settings with any of {@code -Dcv.e.epochs, cv.e.rate, cv.e.decay, cv.e.l2, cv.e.ew, cv.e.folds, cv.e.threshold}. */
    static EmergencySettings overridden(EmergencySettings d) {
        return new EmergencySettings(Integer.getInteger("cv.e.epochs", d.epochs()), number("cv.e.rate", d.learningRate()),
                number("cv.e.decay", d.decay()), number("cv.e.l2", d.l2()), number("cv.e.ew", d.emergencyWeight()),
                Integer.getInteger("cv.e.folds", d.folds()), number("cv.e.threshold", d.threshold()));
    }

    private static double number(String property, double fallback) {
        String value = System.getProperty(property);
        return value == null ? fallback : Double.parseDouble(value);
    }

    public static void main(String[] args) {
        List<String> trained = new ArrayList<>(List.of(TrainedClassifier.TRAINING_CORPORA));
        List<String> extraFiles = List.of(System.getProperty("cv.extra", TRAIN_ONLY).split(",")).stream()
                .filter(f -> !f.isBlank()).toList();
        trained.removeAll(extraFiles);
        List<Corpus.Labelled> corpus = Corpus.read(trained.toArray(String[]::new));
        List<Corpus.Labelled> extra = extraFiles.isEmpty() ? List.of() : Corpus.read(extraFiles.toArray(String[]::new));
        Settings settings = overridden(Settings.DEFAULT);
        EmergencySettings emergency = overridden(EmergencySettings.DEFAULT);
        int repeats = Integer.getInteger("cv.repeats", 1);
        long started = System.nanoTime();
        TextFeatures features = new TextFeatures();
        List<TextFeatures.Analysed> analysed = TrainedClassifier.analyse(features, corpus);
        List<TextFeatures.Analysed> extraAnalysed = TrainedClassifier.analyse(features, extra);
        List<Corpus.Labelled> lines = new ArrayList<>();
        List<Decision.Scores> scores = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            lines.addAll(corpus);
            scores.addAll(outOfFold(features, corpus, analysed, extra, extraAnalysed, settings, emergency,
                    FOLD_SEED + r));
        }
        OutOfFold cv = new OutOfFold(lines, scores);
        double threshold = emergency.threshold();
        System.out.printf(Locale.ROOT, "%d× %d-fold cross-validation on the %d training messages, %d more trained on in"
                + " every fold and not scored (%d s)%n%n", repeats, FOLDS, corpus.size(), extra.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        System.out.println(ClassifierEvaluation.report("Cross-validated, county corpus", cv.county(true).decide(threshold)));
        System.out.println(ClassifierEvaluation.report("Cross-validated, hard corpus", cv.county(false).decide(threshold)));
        System.out.println("Emergency threshold (EMERGENCY when the emergency probability reaches it), county corpus:");
        for (double t : OutOfFold.THRESHOLDS) {
            System.out.println(OutOfFold.thresholdLine(t, cv.county(true).decide(t)));
        }
        System.out.println("hard corpus:");
        for (double t : OutOfFold.THRESHOLDS) {
            System.out.println(OutOfFold.thresholdLine(t, cv.county(false).decide(t)));
        }
        double chosen = OutOfFold.chooseThreshold(cv.county(true), cv.county(false));
        System.out.printf(Locale.ROOT, "chosen: %.3f (the lowest keeping the hard corpus's EMERGENCY precision at least %.0f %%"
                + " and the county corpus's accuracy and recalls a point above their targets); in use: %.3f%n", chosen,
                100 * OutOfFold.MIN_PRECISION, threshold);
        System.out.println("at the chosen threshold, hard corpus: " + OutOfFold.thresholdLine(chosen, cv.county(false).decide(chosen)));
        System.out.println("at the chosen threshold, county corpus: " + OutOfFold.thresholdLine(chosen, cv.county(true).decide(chosen)));
        System.out.println();
        System.out.print(cv.askReport(threshold, new double[] {0.35, 0.45, 0.55}, new double[] {0, 0.1, 0.2, 0.3}));
        if (args.length > 0 && args[0].equals("--misses")) {
            System.out.println("\nTraining lines misclassified out of fold:");
            cv.decide(threshold).misses().forEach(System.out::println);
        }
    }
}

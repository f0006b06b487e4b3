package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the classifier on the held-out corpus (never used in training): accuracy, precision and
 * recall per category, and the confusion matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}.
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";

    /** The scores of one evaluation. */
    record Scores(int[][] confusion, int total, int correct, List<Corpus.Labelled> misses, List<Category> predictedForMisses) {

        double accuracy() {
            return (double) correct / total;
        }

        double recall(Category c) {
            int row = 0;
            for (int v : confusion[c.ordinal()]) {
                row += v;
            }
            return row == 0 ? 1 : (double) confusion[c.ordinal()][c.ordinal()] / row;
        }

        double precision(Category c) {
            int column = 0;
            for (int[] row : confusion) {
                column += row[c.ordinal()];
            }
            return column == 0 ? 1 : (double) confusion[c.ordinal()][c.ordinal()] / column;
        }
    }

    private ClassifierEvaluation() {
    }

    static Scores evaluate(TrainedClassifier classifier, List<Corpus.Labelled> heldOut) {
        int n = Category.values().length;
        int[][] confusion = new int[n][n];
        int correct = 0;
        List<Corpus.Labelled> misses = new ArrayList<>();
        List<Category> predicted = new ArrayList<>();
        for (Corpus.Labelled example : heldOut) {
            Category guess = classifier.classify(example.text()).category();
            confusion[example.category().ordinal()][guess.ordinal()]++;
            if (guess == example.category()) {
                correct++;
            } else {
                misses.add(example);
                predicted.add(guess);
            }
        }
        return new Scores(confusion, heldOut.size(), correct, misses, predicted);
    }

    static String report(Scores s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Held-out messages: %d, accuracy: %.1f %%%n%n", s.total(), 100 * s.accuracy()));
        out.append(String.format(Locale.ROOT, "%-17s %9s %9s%n", "category", "precision", "recall"));
        Map<Category, String> abbreviations = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-17s %8.1f%% %8.1f%%%n", c, 100 * s.precision(c), 100 * s.recall(c)));
            abbreviations.put(c, c.name().substring(0, 4));
        }
        out.append("\nConfusion matrix (rows: true category, columns: predicted)\n");
        out.append(String.format("%-17s", ""));
        for (Category c : Category.values()) {
            out.append(String.format("%5s", abbreviations.get(c)));
        }
        out.append('\n');
        for (Category t : Category.values()) {
            out.append(String.format("%-17s", t));
            for (Category p : Category.values()) {
                out.append(String.format("%5d", s.confusion()[t.ordinal()][p.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        TrainedClassifier classifier = new TrainedClassifier();
        Scores scores = evaluate(classifier, Corpus.read(HELDOUT));
        System.out.print(report(scores));
        if (args.length > 0 && args[0].equals("--misses")) {
            System.out.println("\nMisclassified:");
            for (int i = 0; i < scores.misses().size(); i++) {
                Corpus.Labelled miss = scores.misses().get(i);
                System.out.println(miss.category() + " -> " + scores.predictedForMisses().get(i) + "\t" + miss.text());
            }
        }
        int runs = 20_000;
        List<Corpus.Labelled> heldOut = Corpus.read(HELDOUT);
        for (int warm = 0; warm < 3; warm++) {
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                classifier.classify(heldOut.get(i % heldOut.size()).text());
            }
            long perMessage = (System.nanoTime() - started) / runs;
            System.out.printf(Locale.ROOT, "%nClassification time (pass %d, %d messages): %.1f µs per message%n", warm + 1,
                    runs, perMessage / 1000.0);
        }
    }
}

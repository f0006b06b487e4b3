package cn.gridbot.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every line of the corpora a file names (classpath resources such as classify/hard-heldout-700.tsv, one a line), as
 * scored by the model of the classes on the classpath: file, label, E (alarm) / t (told what to do) / -, decided
 * category, emergency probability, family, text; then a SUM line. Not part of the build: compile it against a
 * checkout's classes (tools/heldout/README.md).
 */
public final class Lines {

    private Lines() {
    }

    public static void main(String[] args) throws Exception {
        TrainedClassifier classifier = new TrainedClassifier();
        int emergencies = 0;
        int caught = 0;
        int missedTold = 0;
        int falseAlarms = 0;
        int othersTold = 0;
        StringBuilder out = new StringBuilder();
        for (String file : Files.readAllLines(Path.of(args[0]))) {
            if (file.isBlank()) {
                continue;
            }
            for (Corpus.Labelled line : Corpus.read(file.strip())) {
                Classification decided = classifier.classify(line.text());
                boolean emergency = line.category() == Category.EMERGENCY;
                if (emergency) {
                    emergencies++;
                    caught += decided.emergency() ? 1 : 0;
                    missedTold += decided.dangerNotRuledOut() ? 1 : 0;
                } else {
                    falseAlarms += decided.emergency() ? 1 : 0;
                    othersTold += decided.dangerNotRuledOut() ? 1 : 0;
                }
                String mark = decided.emergency() ? "E" : decided.dangerNotRuledOut() ? "t" : "-";
                out.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%.3f\t%s\t%s%n", file.strip(), line.category(),
                        mark, decided.category(), decided.emergencyProbability(), line.family(), line.text()));
            }
        }
        out.append(String.format(Locale.ROOT, "SUM caught %d of %d, FA %d, missed %d (told %d), others told %d%n",
                caught, emergencies, falseAlarms, emergencies - caught, missedTold, othersTold));
        System.out.print(out);
    }
}

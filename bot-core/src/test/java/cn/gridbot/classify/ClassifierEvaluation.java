package cn.gridbot.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the classifier on the held-out corpora (never used in training or in any modelling decision): the county
 * one and the hard ones. For each it prints accuracy, EMERGENCY recall and precision, precision and recall
 * per category, accuracy and emergency figures per family, and the confusion matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}
 * adding {@code -Dexec.args=--misses} to list the messages it gets wrong — except those of {@link #SEALED}, whose
 * lines stay unread until its round's changes are made (README, "The fifth round").
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";
    static final String HARD_HELDOUT = "classify/hard-heldout.tsv";
    /** A second hard held-out set, written after the first had been scored many times (see its header). */
    static final String HARD_HELDOUT_2 = "classify/hard-heldout-2.tsv";
    /** A third, written before the changes of issue 19 after the first two had been scored too often (see its header). */
    static final String HARD_HELDOUT_3 = "classify/hard-heldout-3.tsv";
    /** A fourth, written before the last model changes of issue 19, the first three having been read (see its header). */
    static final String HARD_HELDOUT_4 = "classify/hard-heldout-4.tsv";
    /** A fifth, written before the model changes of its round of issue 19, the first four having been read (see its header). */
    static final String HARD_HELDOUT_5 = "classify/hard-heldout-5.tsv";
    /** A sixth, written beside the model changes of its round of issue 19, unseen by them, the first five read (see its header). */
    static final String HARD_HELDOUT_6 = "classify/hard-heldout-6.tsv";
    /** A seventh, written before the model changes of its round of issue 19 were scored, unseen by them, the first six read (see its header). */
    static final String HARD_HELDOUT_7 = "classify/hard-heldout-7.tsv";
    /** An eighth, written before the model changes of its round of issue 19 were scored, unseen by them, the first seven read (see its header). */
    static final String HARD_HELDOUT_8 = "classify/hard-heldout-8.tsv";
    /** A ninth, written before the model changes of its round of issue 19 were scored, unseen by them, the first eight read (see its header). */
    static final String HARD_HELDOUT_9 = "classify/hard-heldout-9.tsv";
    /** A tenth, written before the model changes of its round of issue 19 were scored, unseen by them, the first nine read (see its header). */
    static final String HARD_HELDOUT_10 = "classify/hard-heldout-10.tsv";
    /** An eleventh, written before the model changes of its round of issue 19 were scored, unseen by them, the first ten read (see its header). */
    static final String HARD_HELDOUT_11 = "classify/hard-heldout-11.tsv";
    /** A twelfth, written before the model changes of its round of issue 19 were scored, unseen by them, the first eleven read (see its header). */
    static final String HARD_HELDOUT_12 = "classify/hard-heldout-12.tsv";
    /** A thirteenth, written during the twelfth round and scored once with that round's final model, unseen by it (see its header). */
    static final String HARD_HELDOUT_13 = "classify/hard-heldout-13.tsv";
    /** A fourteenth, written like the thirteenth and scored once with the twelfth round's final model, unseen by it (see its header). */
    static final String HARD_HELDOUT_14 = "classify/hard-heldout-14.tsv";
    /** A fifteenth, written before the model changes of its round of issue 19 were scored, unseen by them (see its header). */
    static final String HARD_HELDOUT_15 = "classify/hard-heldout-15.tsv";
    /** A sixteenth, written before the model changes of its round of issue 19 were scored, unseen by them (see its header). */
    static final String HARD_HELDOUT_16 = "classify/hard-heldout-16.tsv";
    /** A seventeenth, written before the model changes of its round of issue 19 were scored, unseen by them (see its header). */
    static final String HARD_HELDOUT_17 = "classify/hard-heldout-17.tsv";
    /** An eighteenth, written during the fifteenth round and scored once, sealed, with the final model (see its header). */
    static final String HARD_HELDOUT_18 = "classify/hard-heldout-18.tsv";
    /** A nineteenth, written during a sixteenth round that changed nothing, scored once, sealed, with the final model (see its header). */
    static final String HARD_HELDOUT_19 = "classify/hard-heldout-19.tsv";
    /** A twentieth and a twenty-first, written together before the model changes of the seventeenth round were scored (see their headers). */
    static final String HARD_HELDOUT_20 = "classify/hard-heldout-20.tsv";
    static final String HARD_HELDOUT_21 = "classify/hard-heldout-21.tsv";
    /** A twenty-second, written during the seventeenth round, before the eighteenth round's changes were scored (see its header). */
    static final String HARD_HELDOUT_22 = "classify/hard-heldout-22.tsv";
    /**
     * A twenty-third and a twenty-fourth, written together by two writers (a northern county, a southern city district)
     * before the nineteenth round's change was scored (see their headers).
     */
    static final String HARD_HELDOUT_23 = "classify/hard-heldout-23.tsv";
    static final String HARD_HELDOUT_24 = "classify/hard-heldout-24.tsv";
    /**
     * A twenty-fifth and a twenty-sixth, written together (a south-western mountain county, a north-eastern city)
     * before the twentieth round's change was scored (see their headers).
     */
    static final String HARD_HELDOUT_25 = "classify/hard-heldout-25.tsv";
    static final String HARD_HELDOUT_26 = "classify/hard-heldout-26.tsv";
    /**
     * A twenty-seventh to a thirtieth, written together by four writers (a north-western dryland county, a coastal
     * fishing town, a central-plains farming county, a southern hill county with minority villages) before the
     * twenty-first round's change was scored (see their headers).
     */
    static final String HARD_HELDOUT_27 = "classify/hard-heldout-27.tsv";
    static final String HARD_HELDOUT_28 = "classify/hard-heldout-28.tsv";
    static final String HARD_HELDOUT_29 = "classify/hard-heldout-29.tsv";
    static final String HARD_HELDOUT_30 = "classify/hard-heldout-30.tsv";
    /**
     * A thirty-first to a thirty-fourth, written together by four writers (an old inner-city district of a northern
     * megacity, a Pearl River Delta factory town, a forest and farm county in the far north-east, a county on the
     * middle Yangtze) before the twenty-second round's change was scored (see their headers).
     */
    static final String HARD_HELDOUT_31 = "classify/hard-heldout-31.tsv";
    static final String HARD_HELDOUT_32 = "classify/hard-heldout-32.tsv";
    static final String HARD_HELDOUT_33 = "classify/hard-heldout-33.tsv";
    static final String HARD_HELDOUT_34 = "classify/hard-heldout-34.tsv";
    /**
     * A thirty-fifth to a thirty-eighth, written together by four writers (a satellite town of a big western city, a
     * county on the Inner Mongolia grasslands, a Jiangnan water town, a Shanxi mining city) after the twenty-second
     * round, and scored once, sealed, with its model: no change was made for them (see their headers).
     */
    static final String HARD_HELDOUT_35 = "classify/hard-heldout-35.tsv";
    static final String HARD_HELDOUT_36 = "classify/hard-heldout-36.tsv";
    static final String HARD_HELDOUT_37 = "classify/hard-heldout-37.tsv";
    static final String HARD_HELDOUT_38 = "classify/hard-heldout-38.tsv";
    /**
     * A thirty-ninth to a forty-second, written together by four writers (a Yunnan border county, a northern port
     * district, a Jiangxi/Hunan county town, a university and tech district) before the twenty-third round's change
     * was scored (see their headers).
     */
    static final String HARD_HELDOUT_39 = "classify/hard-heldout-39.tsv";
    static final String HARD_HELDOUT_40 = "classify/hard-heldout-40.tsv";
    static final String HARD_HELDOUT_41 = "classify/hard-heldout-41.tsv";
    static final String HARD_HELDOUT_42 = "classify/hard-heldout-42.tsv";
    /**
     * A forty-third to a forty-sixth, written together by four writers (a Hainan/Guangxi coastal county, a Sichuan
     * hill county, an old Shanghai-style district, a Xinjiang/Gansu oasis town) after the twenty-third round, and
     * scored once, sealed, with its model, the final one: no change was made for them (see their headers).
     */
    static final String HARD_HELDOUT_43 = "classify/hard-heldout-43.tsv";
    static final String HARD_HELDOUT_44 = "classify/hard-heldout-44.tsv";
    static final String HARD_HELDOUT_45 = "classify/hard-heldout-45.tsv";
    static final String HARD_HELDOUT_46 = "classify/hard-heldout-46.tsv";

    /** The hard held-out sets written after the first, in the hard corpus's families. */
    static final List<String> LATER_HARD = List.of(HARD_HELDOUT_2, HARD_HELDOUT_3, HARD_HELDOUT_4, HARD_HELDOUT_5,
            HARD_HELDOUT_6, HARD_HELDOUT_7, HARD_HELDOUT_8, HARD_HELDOUT_9, HARD_HELDOUT_10, HARD_HELDOUT_11,
            HARD_HELDOUT_12, HARD_HELDOUT_13, HARD_HELDOUT_14, HARD_HELDOUT_15,
            HARD_HELDOUT_16, HARD_HELDOUT_17, HARD_HELDOUT_18, HARD_HELDOUT_19, HARD_HELDOUT_20, HARD_HELDOUT_21,
            HARD_HELDOUT_22, HARD_HELDOUT_23, HARD_HELDOUT_24, HARD_HELDOUT_25, HARD_HELDOUT_26, HARD_HELDOUT_27,
            HARD_HELDOUT_28, HARD_HELDOUT_29, HARD_HELDOUT_30, HARD_HELDOUT_31, HARD_HELDOUT_32, HARD_HELDOUT_33,
            HARD_HELDOUT_34, HARD_HELDOUT_35, HARD_HELDOUT_36, HARD_HELDOUT_37, HARD_HELDOUT_38, HARD_HELDOUT_39,
            HARD_HELDOUT_40, HARD_HELDOUT_41, HARD_HELDOUT_42, HARD_HELDOUT_43, HARD_HELDOUT_44, HARD_HELDOUT_45,
            HARD_HELDOUT_46);
    /** Every held-out set: the county one, the first hard one, the later ones. A new set is added here. */
    static final List<String> ALL = Stream.concat(Stream.of(HELDOUT, HARD_HELDOUT), LATER_HARD.stream()).toList();

    /**
     * The held-out sets whose misses are not listed: the freshest, kept unread to judge the changes of their round
     * (hard-heldout-5.tsv was sealed so in the fifth round and read once its changes had been scored). A new round
     * seals its new sets here before it changes the model, and unseals them when its changes have been scored.
     */
    static final List<String> SEALED = List.of();

    private ClassifierEvaluation() {
    }

    static Scores evaluate(Classifier classifier, List<Corpus.Labelled> heldOut) {
        List<Classification> decisions = new ArrayList<>(heldOut.size());
        for (Corpus.Labelled example : heldOut) {
            decisions.add(classifier.classify(example.text()));
        }
        return new Scores(heldOut, decisions);
    }

    static String report(String title, Scores s) {
        StringBuilder out = new StringBuilder();
        Category e = Category.EMERGENCY;
        out.append(String.format(Locale.ROOT, "%s: %d messages, accuracy %.1f %%%n", title, s.total(), 100 * s.accuracy()));
        out.append(String.format(Locale.ROOT, "EMERGENCY recall %.1f %% (%d of %d), precision %.1f %% (%d of %d decided,"
                + " %d of them suspected)%n", 100 * s.recall(e), s.hits(e), s.labelled(e), 100 * s.precision(e),
                s.hits(e), s.decided(e), s.suspected()));
        out.append(String.format(Locale.ROOT, "Missed emergencies whose reply says what to do if it is happening now: %d of %d;"
                + " other messages told so only because a danger is not ruled out: %d of %d; other messages flagged for a"
                + " check: %d%n%n", s.missedButTold(), s.labelled(e) - s.hits(e), s.othersToldAsNotRuledOut(),
                s.total() - s.labelled(e), s.othersFlagged()));
        out.append(String.format(Locale.ROOT, "%-17s %9s %9s %9s%n", "category", "messages", "precision", "recall"));
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-17s %9d %8.1f%% %8.1f%%%n", c, s.labelled(c), 100 * s.precision(c),
                    100 * s.recall(c)));
        }
        out.append(String.format(Locale.ROOT, "%n%-15s %9s %9s %12s %12s%n", "family", "messages", "accuracy",
                "EMERG recall", "false alarms"));
        for (String family : s.families()) {
            Scores f = s.family(family);
            out.append(String.format(Locale.ROOT, "%-15s %9d %8.1f%% %12s %12d%n", family, f.total(), 100 * f.accuracy(),
                    f.labelled(e) == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", f.hits(e), f.labelled(e)),
                    f.decided(e) - f.hits(e)));
        }
        out.append("\nConfusion matrix (rows: true category, columns: decided)\n");
        out.append(String.format("%-17s", ""));
        for (Category c : Category.values()) {
            out.append(String.format("%5s", c.name().substring(0, 4)));
        }
        out.append('\n');
        int[][] confusion = s.confusion();
        for (Category t : Category.values()) {
            out.append(String.format("%-17s", t));
            for (Category p : Category.values()) {
                out.append(String.format("%5d", confusion[t.ordinal()][p.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        TrainedClassifier classifier = new TrainedClassifier();
        boolean misses = args.length > 0 && args[0].equals("--misses");
        for (String corpus : ALL) {
            Scores scores = evaluate(classifier, Corpus.read(corpus));
            System.out.println(report("Held-out " + corpus, scores));
            if (misses && !SEALED.contains(corpus)) {
                System.out.println("Misclassified:");
                scores.misses().forEach(System.out::println);
                System.out.println();
            }
        }
        // Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier of the two.
        List<Corpus.Labelled> heldOut = Corpus.read(ALL.toArray(String[]::new));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 20_000;
        for (int pass = 1; pass <= 3; pass++) {
            long started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                classifier.classify(heldOut.get(i % heldOut.size()).text());
            }
            System.out.printf(Locale.ROOT, "Classification time (pass %d, %d messages): %.1f µs per message, %.1f µs of CPU%n",
                    pass, runs, (System.nanoTime() - started) / 1000.0 / runs,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / runs);
        }
    }
}

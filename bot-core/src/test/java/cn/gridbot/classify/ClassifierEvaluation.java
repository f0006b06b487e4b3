package cn.gridbot.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the classifier on the held-out corpora, never trained on: the county one and the hard sets 43 to 78 (sets 43
 * to 46 also informed the twenty-fourth round's decision to train on the sets before them, see the README). For each it prints accuracy, EMERGENCY recall and precision, precision and recall
 * per category, accuracy and emergency figures per family, and the confusion matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}
 * adding {@code -Dexec.args=--misses} to list the messages it gets wrong — except those of {@link #SEALED}, whose
 * lines stay unread until its round's changes are made (README, "The fifth round").
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";
    /**
     * The forty-third to forty-sixth hard held-out sets, written by four writers (a Hainan/Guangxi coastal county, a
     * Sichuan hill county, an old Shanghai-style district, a Xinjiang/Gansu oasis town) and first scored once with the
     * twenty-third round's model; never trained on (the sets before them are, see {@link TrainedClassifier#SCORED_SETS}).
     */
    static final String HARD_HELDOUT_43 = "classify/hard-heldout-43.tsv";
    static final String HARD_HELDOUT_44 = "classify/hard-heldout-44.tsv";
    static final String HARD_HELDOUT_45 = "classify/hard-heldout-45.tsv";
    static final String HARD_HELDOUT_46 = "classify/hard-heldout-46.tsv";
    /**
     * The forty-seventh to fiftieth, written by four writers (a Hunan river county, a Heilongjiang forestry town, a
     * Chaoshan workshop town, a Shanxi mining county) during the twenty-fourth round, before its model was scored on them
     * (see their headers).
     */
    static final String HARD_HELDOUT_47 = "classify/hard-heldout-47.tsv";
    static final String HARD_HELDOUT_48 = "classify/hard-heldout-48.tsv";
    static final String HARD_HELDOUT_49 = "classify/hard-heldout-49.tsv";
    static final String HARD_HELDOUT_50 = "classify/hard-heldout-50.tsv";
    /**
     * The fifty-first to fifty-fourth, written by four writers (a Yunnan border county, a Zhengzhou resettlement district,
     * a Fujian fishing and tea county, an old Wuhan factory neighbourhood) after the twenty-fourth round's model was
     * scored on sets 47 to 50, to score it once more on fresh messages (see their headers).
     */
    static final String HARD_HELDOUT_51 = "classify/hard-heldout-51.tsv";
    static final String HARD_HELDOUT_52 = "classify/hard-heldout-52.tsv";
    static final String HARD_HELDOUT_53 = "classify/hard-heldout-53.tsv";
    static final String HARD_HELDOUT_54 = "classify/hard-heldout-54.tsv";
    /**
     * The fifty-fifth to fifty-eighth, written by four writers (a Guizhou karst resettlement county, a Shandong coastal
     * district, an Inner Mongolia banner town, a Jiangxi hill county) after the places given alone were added to
     * training, before the model with them was scored on these sets (see their headers).
     */
    static final String HARD_HELDOUT_55 = "classify/hard-heldout-55.tsv";
    static final String HARD_HELDOUT_56 = "classify/hard-heldout-56.tsv";
    static final String HARD_HELDOUT_57 = "classify/hard-heldout-57.tsv";
    static final String HARD_HELDOUT_58 = "classify/hard-heldout-58.tsv";
    /**
     * The fifty-ninth to sixty-second, written by four writers (a Gansu Hexi Corridor oasis county, a Hainan fishing-port
     * town, a Greater Khingan forestry town, an old hillside neighbourhood of Chongqing) in the twenty-fifth round, before
     * the twenty-fourth round's model was scored on them (see their headers).
     */
    static final String HARD_HELDOUT_59 = "classify/hard-heldout-59.tsv";
    static final String HARD_HELDOUT_60 = "classify/hard-heldout-60.tsv";
    static final String HARD_HELDOUT_61 = "classify/hard-heldout-61.tsv";
    static final String HARD_HELDOUT_62 = "classify/hard-heldout-62.tsv";
    /**
     * The sixty-third to sixty-sixth, written by four writers (a northern Guangxi karst county, an old Hui and Han
     * neighbourhood of Xining, a Yanbian border city, a Zhejiang small-commodity town) while the twenty-fifth round's
     * change was made, before its model was scored on them (see their headers).
     */
    static final String HARD_HELDOUT_63 = "classify/hard-heldout-63.tsv";
    static final String HARD_HELDOUT_64 = "classify/hard-heldout-64.tsv";
    static final String HARD_HELDOUT_65 = "classify/hard-heldout-65.tsv";
    static final String HARD_HELDOUT_66 = "classify/hard-heldout-66.tsv";
    /**
     * The sixty-seventh to seventieth, written by four writers (a northern Shaanxi loess county, an old Tianjin harbour
     * district, a Hakka hill county in Meizhou, an Anhui Yangtze river-port county) while the twenty-sixth round's change
     * was made, before its model was scored on them (see their headers).
     */
    static final String HARD_HELDOUT_67 = "classify/hard-heldout-67.tsv";
    static final String HARD_HELDOUT_68 = "classify/hard-heldout-68.tsv";
    static final String HARD_HELDOUT_69 = "classify/hard-heldout-69.tsv";
    static final String HARD_HELDOUT_70 = "classify/hard-heldout-70.tsv";
    /**
     * The seventy-first to seventy-fourth, written by four writers (an Enshi Tujia mountain county, an old factory suburb
     * of Shenyang, a Dali county town, a high-rise resettlement estate outside Nanjing) while the twenty-seventh round's
     * change was made, before its model was scored on them (see their headers).
     */
    static final String HARD_HELDOUT_71 = "classify/hard-heldout-71.tsv";
    static final String HARD_HELDOUT_72 = "classify/hard-heldout-72.tsv";
    static final String HARD_HELDOUT_73 = "classify/hard-heldout-73.tsv";
    static final String HARD_HELDOUT_74 = "classify/hard-heldout-74.tsv";
    /**
     * The seventy-fifth to seventy-eighth, written by four writers (a Miao and Dong county in south-eastern Guizhou, a
     * Beijing hutong neighbourhood, a Yellow River delta oil-field town, a mining and herding county in Qinghai's Haixi)
     * after the twenty-seventh round and its review fixes, to score the final model once (see their headers).
     */
    static final String HARD_HELDOUT_75 = "classify/hard-heldout-75.tsv";
    static final String HARD_HELDOUT_76 = "classify/hard-heldout-76.tsv";
    static final String HARD_HELDOUT_77 = "classify/hard-heldout-77.tsv";
    static final String HARD_HELDOUT_78 = "classify/hard-heldout-78.tsv";
    /**
     * The seventy-ninth to eighty-sixth hard held-out sets, written by eight writers (a Xishuangbanna Dai border town, a
     * Wenzhou workshop township, an Ordos coal new town, a Quanzhou Minnan fishing village, an old Shanghai lilong, a
     * Liangshan Yi county, a Hegang coal city, a Jingdezhen porcelain town) after the twenty-seventh round, to score once
     * the model as it stands and the model trained on sets 43-78 (README, "The twenty-eighth round").
     */
    static final String HARD_HELDOUT_79 = "classify/hard-heldout-79.tsv";
    static final String HARD_HELDOUT_80 = "classify/hard-heldout-80.tsv";
    static final String HARD_HELDOUT_81 = "classify/hard-heldout-81.tsv";
    static final String HARD_HELDOUT_82 = "classify/hard-heldout-82.tsv";
    static final String HARD_HELDOUT_83 = "classify/hard-heldout-83.tsv";
    static final String HARD_HELDOUT_84 = "classify/hard-heldout-84.tsv";
    static final String HARD_HELDOUT_85 = "classify/hard-heldout-85.tsv";
    static final String HARD_HELDOUT_86 = "classify/hard-heldout-86.tsv";

    /** The hard held-out sets; a new set is added here. */
    static final List<String> HARD = List.of(HARD_HELDOUT_43, HARD_HELDOUT_44, HARD_HELDOUT_45, HARD_HELDOUT_46,
            HARD_HELDOUT_47, HARD_HELDOUT_48, HARD_HELDOUT_49, HARD_HELDOUT_50, HARD_HELDOUT_51, HARD_HELDOUT_52,
            HARD_HELDOUT_53, HARD_HELDOUT_54, HARD_HELDOUT_55, HARD_HELDOUT_56, HARD_HELDOUT_57, HARD_HELDOUT_58,
            HARD_HELDOUT_59, HARD_HELDOUT_60, HARD_HELDOUT_61, HARD_HELDOUT_62, HARD_HELDOUT_63, HARD_HELDOUT_64,
            HARD_HELDOUT_65, HARD_HELDOUT_66, HARD_HELDOUT_67, HARD_HELDOUT_68, HARD_HELDOUT_69, HARD_HELDOUT_70,
            HARD_HELDOUT_71, HARD_HELDOUT_72, HARD_HELDOUT_73, HARD_HELDOUT_74, HARD_HELDOUT_75, HARD_HELDOUT_76,
            HARD_HELDOUT_77, HARD_HELDOUT_78, HARD_HELDOUT_79, HARD_HELDOUT_80, HARD_HELDOUT_81, HARD_HELDOUT_82,
            HARD_HELDOUT_83, HARD_HELDOUT_84, HARD_HELDOUT_85, HARD_HELDOUT_86);
    static final List<String> ALL = Stream.concat(Stream.of(HELDOUT), HARD.stream()).toList();

    /**
     * The held-out sets whose misses are not listed: the freshest, kept unread to judge the changes of their round. A
     * round seals its new sets here before its model is scored on them, and unseals them once it has been.
     */
    static final List<String> SEALED = List.of(HARD_HELDOUT_79, HARD_HELDOUT_80, HARD_HELDOUT_81, HARD_HELDOUT_82,
            HARD_HELDOUT_83, HARD_HELDOUT_84, HARD_HELDOUT_85, HARD_HELDOUT_86);

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

package cn.gridbot.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the classifier on the held-out corpora, never trained on: the county one and the hard sets 79 to 110 (the sets
 * before them are trained on, see the README). For each it prints accuracy, EMERGENCY recall and precision, precision and recall
 * per category, accuracy and emergency figures per family, and the confusion matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}
 * adding {@code -Dexec.args=--misses} to list the messages it gets wrong — except those of {@link #SEALED}, whose
 * lines stay unread until its round's changes are made (README, "The fifth round").
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";
    /**
     * The seventy-ninth to eighty-sixth hard held-out sets, written by eight writers (a Xishuangbanna Dai border town, a
     * Wenzhou workshop township, an Ordos coal new town, a Quanzhou Minnan fishing village, an old Shanghai lilong, a
     * Liangshan Yi county, a Hegang coal city, a Jingdezhen porcelain town) after the twenty-seventh round and scored
     * once, sealed, with that round's model and with the model trained also on sets 43-78 (README, "The twenty-eighth
     * round: sets 43-78 trained on"); never trained on (the sets before them are, see
     * {@link TrainedClassifier#SCORED_SETS}).
     */
    static final String HARD_HELDOUT_79 = "classify/hard-heldout-79.tsv";
    static final String HARD_HELDOUT_80 = "classify/hard-heldout-80.tsv";
    static final String HARD_HELDOUT_81 = "classify/hard-heldout-81.tsv";
    static final String HARD_HELDOUT_82 = "classify/hard-heldout-82.tsv";
    static final String HARD_HELDOUT_83 = "classify/hard-heldout-83.tsv";
    static final String HARD_HELDOUT_84 = "classify/hard-heldout-84.tsv";
    static final String HARD_HELDOUT_85 = "classify/hard-heldout-85.tsv";
    static final String HARD_HELDOUT_86 = "classify/hard-heldout-86.tsv";
    /**
     * The eighty-seventh to ninety-fourth hard held-out sets, written by eight writers (a southern Xinjiang oasis county
     * town, a Shenzhen urban village, a Henan plain village, a Zhoushan island fishing town, an old Changsha
     * neighbourhood, a new town near Lhasa, Datong, Guangzhou's old Xiguan) during the twenty-eighth round, to score
     * its model once (README, "The twenty-eighth round: sets 43-78 trained on").
     */
    static final String HARD_HELDOUT_87 = "classify/hard-heldout-87.tsv";
    static final String HARD_HELDOUT_88 = "classify/hard-heldout-88.tsv";
    static final String HARD_HELDOUT_89 = "classify/hard-heldout-89.tsv";
    static final String HARD_HELDOUT_90 = "classify/hard-heldout-90.tsv";
    static final String HARD_HELDOUT_91 = "classify/hard-heldout-91.tsv";
    static final String HARD_HELDOUT_92 = "classify/hard-heldout-92.tsv";
    static final String HARD_HELDOUT_93 = "classify/hard-heldout-93.tsv";
    static final String HARD_HELDOUT_94 = "classify/hard-heldout-94.tsv";
    /**
     * The ninety-fifth to hundred-and-second hard held-out sets, written by eight writers (Harbin's old Daoli district, a
     * Xiamen island neighbourhood, a new high-rise district of Chengdu, a Yangshuo tourist village, a Hui village near
     * Yinchuan, an old riverside district of Lanzhou, a Xiaoshan factory suburb, a Hulunbuir grassland town) during the
     * twenty-eighth round, to judge the twenty-ninth round's cues (README, "The twenty-ninth round").
     */
    static final String HARD_HELDOUT_95 = "classify/hard-heldout-95.tsv";
    static final String HARD_HELDOUT_96 = "classify/hard-heldout-96.tsv";
    static final String HARD_HELDOUT_97 = "classify/hard-heldout-97.tsv";
    static final String HARD_HELDOUT_98 = "classify/hard-heldout-98.tsv";
    static final String HARD_HELDOUT_99 = "classify/hard-heldout-99.tsv";
    static final String HARD_HELDOUT_100 = "classify/hard-heldout-100.tsv";
    static final String HARD_HELDOUT_101 = "classify/hard-heldout-101.tsv";
    static final String HARD_HELDOUT_102 = "classify/hard-heldout-102.tsv";
    /**
     * The hundred-and-third to hundred-and-tenth hard held-out sets, written by eight writers (an old quarter of Nanning,
     * old Qingdao, a Hankou lane community, a Qinling mountain township, old Suzhou, a Dongguan factory town, a Yan'an
     * cave village, a Sanya resettlement community) during the twenty-ninth round, to judge the thirtieth round's
     * change (README, "The thirtieth round").
     */
    static final String HARD_HELDOUT_103 = "classify/hard-heldout-103.tsv";
    static final String HARD_HELDOUT_104 = "classify/hard-heldout-104.tsv";
    static final String HARD_HELDOUT_105 = "classify/hard-heldout-105.tsv";
    static final String HARD_HELDOUT_106 = "classify/hard-heldout-106.tsv";
    static final String HARD_HELDOUT_107 = "classify/hard-heldout-107.tsv";
    static final String HARD_HELDOUT_108 = "classify/hard-heldout-108.tsv";
    static final String HARD_HELDOUT_109 = "classify/hard-heldout-109.tsv";
    static final String HARD_HELDOUT_110 = "classify/hard-heldout-110.tsv";
    /**
     * The hundred-and-eleventh to hundred-and-eighteenth hard held-out sets, written by eight writers (an old walled-city
     * neighbourhood of Kaifeng, a Shunde water town, a Hangzhou tech-park district, a Tibetan pastoral county town in
     * Ganzi, an old Nanchang neighbourhood by the Gan, old Kunming, a Shijiazhuang railway workers' compound, an old
     * quarter of Fuzhou) during the thirty-first round, to judge its change (README, "The thirty-first round").
     */
    static final String HARD_HELDOUT_111 = "classify/hard-heldout-111.tsv";
    static final String HARD_HELDOUT_112 = "classify/hard-heldout-112.tsv";
    static final String HARD_HELDOUT_113 = "classify/hard-heldout-113.tsv";
    static final String HARD_HELDOUT_114 = "classify/hard-heldout-114.tsv";
    static final String HARD_HELDOUT_115 = "classify/hard-heldout-115.tsv";
    static final String HARD_HELDOUT_116 = "classify/hard-heldout-116.tsv";
    static final String HARD_HELDOUT_117 = "classify/hard-heldout-117.tsv";
    static final String HARD_HELDOUT_118 = "classify/hard-heldout-118.tsv";
    /**
     * The hundred-and-nineteenth to hundred-and-twenty-sixth hard held-out sets, written by eight writers (a hillside
     * neighbourhood of Guiyang, Zhuhai's old Gongbei by the Macau border, a Hefei university community, a Daqing
     * oil-field district, an old canal-side neighbourhood of Wuxi, a guesthouse lane of Lijiang's old town, a spring-side
     * lane of Jinan, a coal miners' compound by Taiyuan) during the thirty-first round, to judge the thirty-second
     * round's change (README, "The thirty-second round").
     */
    static final String HARD_HELDOUT_119 = "classify/hard-heldout-119.tsv";
    static final String HARD_HELDOUT_120 = "classify/hard-heldout-120.tsv";
    static final String HARD_HELDOUT_121 = "classify/hard-heldout-121.tsv";
    static final String HARD_HELDOUT_122 = "classify/hard-heldout-122.tsv";
    static final String HARD_HELDOUT_123 = "classify/hard-heldout-123.tsv";
    static final String HARD_HELDOUT_124 = "classify/hard-heldout-124.tsv";
    static final String HARD_HELDOUT_125 = "classify/hard-heldout-125.tsv";
    static final String HARD_HELDOUT_126 = "classify/hard-heldout-126.tsv";
    /**
     * The hundred-and-twenty-seventh to hundred-and-thirty-fourth hard held-out sets, written by eight writers (an old
     * town of Quzhou, a Baotou steelworks district, an arcade-street quarter of Shantou, an urban village in Xi'an, a
     * Tujia village by Zhangjiajie, an old coastal district of Yantai, a rebuilt town near Mianyang, a riverside
     * township of Nantong) during the thirty-second round, to judge the thirty-third round's change (README, "The
     * thirty-third round").
     */
    static final String HARD_HELDOUT_127 = "classify/hard-heldout-127.tsv";
    static final String HARD_HELDOUT_128 = "classify/hard-heldout-128.tsv";
    static final String HARD_HELDOUT_129 = "classify/hard-heldout-129.tsv";
    static final String HARD_HELDOUT_130 = "classify/hard-heldout-130.tsv";
    static final String HARD_HELDOUT_131 = "classify/hard-heldout-131.tsv";
    static final String HARD_HELDOUT_132 = "classify/hard-heldout-132.tsv";
    static final String HARD_HELDOUT_133 = "classify/hard-heldout-133.tsv";
    static final String HARD_HELDOUT_134 = "classify/hard-heldout-134.tsv";

    /** The hard held-out sets; a new set is added here. */
    static final List<String> HARD = List.of(HARD_HELDOUT_79, HARD_HELDOUT_80, HARD_HELDOUT_81, HARD_HELDOUT_82,
            HARD_HELDOUT_83, HARD_HELDOUT_84, HARD_HELDOUT_85, HARD_HELDOUT_86, HARD_HELDOUT_87, HARD_HELDOUT_88,
            HARD_HELDOUT_89, HARD_HELDOUT_90, HARD_HELDOUT_91, HARD_HELDOUT_92, HARD_HELDOUT_93, HARD_HELDOUT_94,
            HARD_HELDOUT_95, HARD_HELDOUT_96, HARD_HELDOUT_97, HARD_HELDOUT_98, HARD_HELDOUT_99, HARD_HELDOUT_100,
            HARD_HELDOUT_101, HARD_HELDOUT_102, HARD_HELDOUT_103, HARD_HELDOUT_104, HARD_HELDOUT_105, HARD_HELDOUT_106,
            HARD_HELDOUT_107, HARD_HELDOUT_108, HARD_HELDOUT_109, HARD_HELDOUT_110, HARD_HELDOUT_111, HARD_HELDOUT_112,
            HARD_HELDOUT_113, HARD_HELDOUT_114, HARD_HELDOUT_115, HARD_HELDOUT_116, HARD_HELDOUT_117, HARD_HELDOUT_118,
            HARD_HELDOUT_119, HARD_HELDOUT_120, HARD_HELDOUT_121, HARD_HELDOUT_122, HARD_HELDOUT_123, HARD_HELDOUT_124,
            HARD_HELDOUT_125, HARD_HELDOUT_126, HARD_HELDOUT_127, HARD_HELDOUT_128, HARD_HELDOUT_129, HARD_HELDOUT_130,
            HARD_HELDOUT_131, HARD_HELDOUT_132, HARD_HELDOUT_133, HARD_HELDOUT_134);
    static final List<String> ALL = Stream.concat(Stream.of(HELDOUT), HARD.stream()).toList();

    /**
     * The held-out sets whose misses are not listed: the freshest, kept unread to judge the changes of their round. A
     * round seals its new sets here before its model is scored on them, and unseals them once it has been.
     */
    static final List<String> SEALED = List.of(HARD_HELDOUT_127, HARD_HELDOUT_128, HARD_HELDOUT_129, HARD_HELDOUT_130,
            HARD_HELDOUT_131, HARD_HELDOUT_132, HARD_HELDOUT_133, HARD_HELDOUT_134);

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

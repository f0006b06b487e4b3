package cn.gridbot.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores the classifier on the held-out corpora, never trained on: the county one, the county-style ones and the hard
 * sets 159 and later (the sets before them are trained on, see the README). For each it prints accuracy, EMERGENCY
 * recall and precision, precision and recall per category, accuracy and emergency figures per family, and the confusion
 * matrix. Run it with
 * {@code ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gridbot.classify.ClassifierEvaluation}
 * adding {@code -Dexec.args=--misses} to list the messages it gets wrong — except those of {@link #SEALED}, whose lines
 * stay unread until its round's changes are made (docs/classifier-history.md, "The fifth round").
 */
public final class ClassifierEvaluation {

    static final String HELDOUT = "classify/corpus-heldout.tsv";
    /**
     * The hundred-and-fifty-ninth to hundred-and-sixty-sixth hard held-out sets, written by eight writers (a Miao
     * riverside old town of Kaili, a Zhuang hillside township of Baise, an old walled-city quarter of Jingzhou, a
     * salt-well old town of Zigong, a steelworks housing district of Panzhihua, an old industrial estate of Qiqihar, a
     * loess-hill old quarter of Tianshui, a canal-side neighbourhood of Huzhou) after the thirty-fifth round, to judge
     * the thirty-sixth round's change (docs/classifier-history.md, "The thirty-sixth round"), never trained on; the
     * sets before them are (see {@link TrainedClassifier#SCORED_SETS}, and docs/classifier-history.md, "The
     * thirty-sixth round: sets 143-158 trained on").
     */
    static final String HARD_HELDOUT_159 = "classify/hard-heldout-159.tsv";
    static final String HARD_HELDOUT_160 = "classify/hard-heldout-160.tsv";
    static final String HARD_HELDOUT_161 = "classify/hard-heldout-161.tsv";
    static final String HARD_HELDOUT_162 = "classify/hard-heldout-162.tsv";
    static final String HARD_HELDOUT_163 = "classify/hard-heldout-163.tsv";
    static final String HARD_HELDOUT_164 = "classify/hard-heldout-164.tsv";
    static final String HARD_HELDOUT_165 = "classify/hard-heldout-165.tsv";
    static final String HARD_HELDOUT_166 = "classify/hard-heldout-166.tsv";
    /**
     * The hundred-and-sixty-seventh to hundred-and-seventy-fourth hard held-out sets, written by eight writers (an old
     * town quarter of Shangrao, a forestry workers' estate of Mudanjiang, a cave-dwelling village turned suburb of
     * Yulin, a wholesale market-town neighbourhood of Linyi, a harbour old quarter of Zhanjiang, a Buyi village near
     * Anshun, a riverside old town of Hanzhong, a tea-hill township of Nanping) after the thirty-sixth round, to score
     * its model once more (docs/classifier-history.md, "The thirty-sixth round"); never trained on.
     */
    static final String HARD_HELDOUT_167 = "classify/hard-heldout-167.tsv";
    static final String HARD_HELDOUT_168 = "classify/hard-heldout-168.tsv";
    static final String HARD_HELDOUT_169 = "classify/hard-heldout-169.tsv";
    static final String HARD_HELDOUT_170 = "classify/hard-heldout-170.tsv";
    static final String HARD_HELDOUT_171 = "classify/hard-heldout-171.tsv";
    static final String HARD_HELDOUT_172 = "classify/hard-heldout-172.tsv";
    static final String HARD_HELDOUT_173 = "classify/hard-heldout-173.tsv";
    static final String HARD_HELDOUT_174 = "classify/hard-heldout-174.tsv";
    /**
     * The hundred-and-seventy-fifth to hundred-and-eighty-second hard held-out sets, written by eight writers (a
     * riverside old town of Luzhou, a lakeside old port district of Jiujiang, an old quarter of Baoding, a riverside
     * workers' estate of Wuhu, a silk-town neighbourhood of Nanchong, a mixed old quarter of Hohhot, an old fishing
     * quarter of Beihai, a coal-mining town estate of Jixi) after the thirty-sixth round, to judge the thirty-seventh
     * round's change (docs/classifier-history.md, "The thirty-seventh round"); never trained on.
     */
    static final String HARD_HELDOUT_175 = "classify/hard-heldout-175.tsv";
    static final String HARD_HELDOUT_176 = "classify/hard-heldout-176.tsv";
    static final String HARD_HELDOUT_177 = "classify/hard-heldout-177.tsv";
    static final String HARD_HELDOUT_178 = "classify/hard-heldout-178.tsv";
    static final String HARD_HELDOUT_179 = "classify/hard-heldout-179.tsv";
    static final String HARD_HELDOUT_180 = "classify/hard-heldout-180.tsv";
    static final String HARD_HELDOUT_181 = "classify/hard-heldout-181.tsv";
    static final String HARD_HELDOUT_182 = "classify/hard-heldout-182.tsv";
    /**
     * The hundred-and-eighty-third to hundred-and-ninetieth hard held-out sets, written by eight writers (an old
     * canal-side quarter of Jining, a railway-junction workers' district of Bengbu, an old riverside town of Zhaoqing,
     * a hillside mining township of Shaoguan, an old-city quarter of Anyang, a ceramics-factory estate of Zibo, a
     * rebuilt neighbourhood of Tangshan, a loess-terrace old district of Baoji) after the thirty-seventh round, to
     * judge the thirty-eighth round's change (docs/classifier-history.md, "The thirty-eighth round"); never trained on.
     */
    static final String HARD_HELDOUT_183 = "classify/hard-heldout-183.tsv";
    static final String HARD_HELDOUT_184 = "classify/hard-heldout-184.tsv";
    static final String HARD_HELDOUT_185 = "classify/hard-heldout-185.tsv";
    static final String HARD_HELDOUT_186 = "classify/hard-heldout-186.tsv";
    static final String HARD_HELDOUT_187 = "classify/hard-heldout-187.tsv";
    static final String HARD_HELDOUT_188 = "classify/hard-heldout-188.tsv";
    static final String HARD_HELDOUT_189 = "classify/hard-heldout-189.tsv";
    static final String HARD_HELDOUT_190 = "classify/hard-heldout-190.tsv";
    /**
     * The hundred-and-ninety-first to hundred-and-ninety-eighth hard held-out sets, written by eight writers (an old
     * salt-port quarter of Zigong, a Hakka town of Meizhou, an oil-field workers' estate of Daqing, a river-port old
     * district of Yantai, a mountain county town of Enshi, an old quarter of Kaifeng, a wine-town street of Renhuai, a
     * tea village turned suburb of Ya'an) after the thirty-eighth round, to judge the thirty-ninth round's change
     * (docs/classifier-history.md, "The thirty-ninth round"); never trained on.
     */
    static final String HARD_HELDOUT_191 = "classify/hard-heldout-191.tsv";
    static final String HARD_HELDOUT_192 = "classify/hard-heldout-192.tsv";
    static final String HARD_HELDOUT_193 = "classify/hard-heldout-193.tsv";
    static final String HARD_HELDOUT_194 = "classify/hard-heldout-194.tsv";
    static final String HARD_HELDOUT_195 = "classify/hard-heldout-195.tsv";
    static final String HARD_HELDOUT_196 = "classify/hard-heldout-196.tsv";
    static final String HARD_HELDOUT_197 = "classify/hard-heldout-197.tsv";
    static final String HARD_HELDOUT_198 = "classify/hard-heldout-198.tsv";
    /**
     * The hundred-and-ninety-ninth to two-hundred-and-sixth hard held-out sets, written by eight writers (an old
     * steel-works workers' estate of Xiangtan, a coal-mining town's old streets in Linfen, a windy hillside district of
     * Zhangjiakou, a salt-marsh coastal township of Yancheng, a railway-junction quarter of Huaihua, a farming county
     * town of Zhoukou, an old quarter of kite makers in Weifang, a hair-products market town of Xuchang) after the
     * thirty-ninth round, to judge the fortieth round's change (docs/classifier-history.md, "The fortieth round");
     * never trained on.
     */
    static final String HARD_HELDOUT_199 = "classify/hard-heldout-199.tsv";
    static final String HARD_HELDOUT_200 = "classify/hard-heldout-200.tsv";
    static final String HARD_HELDOUT_201 = "classify/hard-heldout-201.tsv";
    static final String HARD_HELDOUT_202 = "classify/hard-heldout-202.tsv";
    static final String HARD_HELDOUT_203 = "classify/hard-heldout-203.tsv";
    static final String HARD_HELDOUT_204 = "classify/hard-heldout-204.tsv";
    static final String HARD_HELDOUT_205 = "classify/hard-heldout-205.tsv";
    static final String HARD_HELDOUT_206 = "classify/hard-heldout-206.tsv";
    /**
     * The two-hundred-and-seventh to two-hundred-and-fourteenth hard held-out sets, written by eight writers (a
     * truck-factory town of Shiyan, an old quarter of Lu'an, streets at the foot of Mount Tai, an arcade-street home
     * town of overseas Chinese in Jiangmen, a mining estate of Chenzhou, an old coal-mine district of Fuxin, a county
     * town of Hengshui, a riverside old town of Ankang) after the fortieth round, to judge the forty-first round's
     * change (docs/classifier-history.md, "The forty-first round"); never trained on.
     */
    static final String HARD_HELDOUT_207 = "classify/hard-heldout-207.tsv";
    static final String HARD_HELDOUT_208 = "classify/hard-heldout-208.tsv";
    static final String HARD_HELDOUT_209 = "classify/hard-heldout-209.tsv";
    static final String HARD_HELDOUT_210 = "classify/hard-heldout-210.tsv";
    static final String HARD_HELDOUT_211 = "classify/hard-heldout-211.tsv";
    static final String HARD_HELDOUT_212 = "classify/hard-heldout-212.tsv";
    static final String HARD_HELDOUT_213 = "classify/hard-heldout-213.tsv";
    static final String HARD_HELDOUT_214 = "classify/hard-heldout-214.tsv";

    /**
     * County-style held-out sets: short residents' messages of Sichuan counties near the demo county, 24 of each
     * category before duplicates of other files were removed, written on 2026-12-03 by writers who saw neither the
     * model nor the county corpus, from the categories table and the labelling rules of county-audit/brief.md; never
     * trained on. Sets 1-4 (Lezhi, Anju, Weiyuan, Zizhong) were scored once, sealed, with the thirty-sixth round's
     * model (docs/classifier-history.md, "County-style sets from new writers"); sets 5-8 (Jianyang, Dongxing,
     * Chuanshan, Yanjiang) judge the thirty-eighth round's change (docs/classifier-history.md, "The thirty-eighth
     * round"), sets 9-12 (Jiajiang, Qianwei, Gongjing, Xichong) the thirty-ninth's, sets 13-16 (Santai, Yanting,
     * Zhongjiang, Dazhu) the fortieth's, sets 17-20 (Jiangyou, Pingchang, Linshui, Quxian) the forty-first's.
     */
    static final List<String> COUNTY_FRESH = IntStream.rangeClosed(1, 20)
            .mapToObj(n -> "classify/county-fresh-" + n + ".tsv").toList();

    /** The hard held-out sets; a new set is added here. */
    static final List<String> HARD = List.of(HARD_HELDOUT_159, HARD_HELDOUT_160, HARD_HELDOUT_161, HARD_HELDOUT_162,
            HARD_HELDOUT_163, HARD_HELDOUT_164, HARD_HELDOUT_165, HARD_HELDOUT_166, HARD_HELDOUT_167, HARD_HELDOUT_168,
            HARD_HELDOUT_169, HARD_HELDOUT_170, HARD_HELDOUT_171, HARD_HELDOUT_172, HARD_HELDOUT_173, HARD_HELDOUT_174,
            HARD_HELDOUT_175, HARD_HELDOUT_176, HARD_HELDOUT_177, HARD_HELDOUT_178, HARD_HELDOUT_179, HARD_HELDOUT_180,
            HARD_HELDOUT_181, HARD_HELDOUT_182, HARD_HELDOUT_183, HARD_HELDOUT_184, HARD_HELDOUT_185, HARD_HELDOUT_186,
            HARD_HELDOUT_187, HARD_HELDOUT_188, HARD_HELDOUT_189, HARD_HELDOUT_190, HARD_HELDOUT_191, HARD_HELDOUT_192,
            HARD_HELDOUT_193, HARD_HELDOUT_194, HARD_HELDOUT_195, HARD_HELDOUT_196, HARD_HELDOUT_197, HARD_HELDOUT_198,
            HARD_HELDOUT_199, HARD_HELDOUT_200, HARD_HELDOUT_201, HARD_HELDOUT_202, HARD_HELDOUT_203, HARD_HELDOUT_204,
            HARD_HELDOUT_205, HARD_HELDOUT_206, HARD_HELDOUT_207, HARD_HELDOUT_208, HARD_HELDOUT_209, HARD_HELDOUT_210,
            HARD_HELDOUT_211, HARD_HELDOUT_212, HARD_HELDOUT_213, HARD_HELDOUT_214);
    static final List<String> ALL = Stream.of(Stream.of(HELDOUT), COUNTY_FRESH.stream(), HARD.stream())
            .flatMap(s -> s).toList();

    /**
     * The held-out sets whose misses are not listed: the freshest, kept unread to judge the changes of their round. A
     * round seals its new sets here before its model is scored on them, and unseals them once it has been.
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

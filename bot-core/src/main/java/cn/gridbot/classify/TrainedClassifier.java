package cn.gridbot.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Classifies a resident's message into one of the ten categories, offline and in-process, with two models trained
 * at start-up from the corpora in the jar (20–40 seconds on two cores, deterministic, once per JVM) and thread-safe
 * afterwards:
 * <ul>
 * <li>{@link CategoryModel}: which kind of problem — HanLP words, characters, pinyin, cue groups and the placed
 * danger words of {@link EmergencyFeatures} into a logistic regression blended with naive Bayes;</li>
 * <li>{@link EmergencyScorer}: whether it is a threat to life or property happening now — the category model's
 * EMERGENCY probability corrected by where the danger words stand in time, negation, figures of speech, who is in
 * danger.</li>
 * </ul>
 * The emergency decision comes first: a missed emergency can cost a life, so EMERGENCY is decided whenever the
 * emergency probability reaches {@link EmergencySettings#threshold()}, suspected below {@link Classification#SURE}.
 * Otherwise the category is the likeliest of the other nine.
 */
@Component
public class TrainedClassifier implements Classifier {

    /**
     * The hard held-out sets 1 to 158: each was scored in its round of issue 19 and read afterwards, so no longer held
     * out; sets 1-42 are trained on since the twenty-fourth round, sets 43-78 since the twenty-eighth, sets 79-126
     * since the thirty-third, sets 127-142 since the thirty-fourth and sets 143-158 since the thirty-sixth
     * (docs/classifier-history.md, "The twenty-fourth round: the scored sets trained on", "The twenty-eighth round:
     * sets 43-78 trained on", "The thirty-third round: sets 79-126 trained on", "The thirty-fourth round: sets 127-142
     * trained on" and "The thirty-sixth round: sets 143-158 trained on"). The held-out parts, county and hard, are in
     * the tests.
     */
    static final List<String> SCORED_SETS = IntStream.rangeClosed(1, 158)
            .mapToObj(n -> "classify/scored/hard-heldout" + (n == 1 ? "" : "-" + n) + ".tsv").toList();
    /**
     * Minimal pairs written to sit on one line the models drew wrongly (docs/classifier-history.md, "The fifth round",
     * "The eighth round", "The thirty-fifth round"): trained on, and in cross-validation trained on in every fold but
     * never scored.
     */
    static final List<String> MINIMAL_PAIRS = List.of("classify/hard-train-5.tsv", "classify/hard-train-6-violence.tsv",
            "classify/hard-train-10-overhead.tsv", "classify/hard-train-11-if.tsv");
    /** The county corpus, the hard corpus's training parts, the minimal pairs, places given alone and the scored sets. */
    static final String[] TRAINING_CORPORA = Stream.of(Stream.of("classify/corpus-train.tsv", "classify/hard-train.tsv",
            "classify/hard-train-2.tsv", "classify/hard-train-3.tsv", "classify/hard-train-4.tsv"), MINIMAL_PAIRS.stream(),
            Stream.of("classify/places.tsv"), SCORED_SETS.stream()).flatMap(s -> s).toArray(String[]::new);
    private static final Logger log = LoggerFactory.getLogger(TrainedClassifier.class);

    private final TextFeatures features;
    private final CategoryModel categories;
    private final EmergencyScorer emergencies;
    private final EmergencySettings emergency;

    /**
     * The models trained on the corpora in the jar with the default settings. Training takes seconds and gives the same
     * models every time, so every Spring context in a JVM (the tests start several) shares one training.
     */
    public TrainedClassifier() {
        this(Defaults.TRAINED);
    }

    private TrainedClassifier(TrainedClassifier trained) {
        this.features = trained.features;
        this.categories = trained.categories;
        this.emergencies = trained.emergencies;
        this.emergency = trained.emergency;
    }

    TrainedClassifier(List<Corpus.Labelled> corpus, Settings settings, EmergencySettings emergency) {
        this(new TextFeatures(), corpus, settings, emergency);
    }

    private TrainedClassifier(TextFeatures features, List<Corpus.Labelled> corpus, Settings settings,
            EmergencySettings emergency) {
        this(features, corpus, analyse(features, corpus), settings, emergency);
    }

    /** Trains on messages already analysed (cross-validation analyses each message once for all its folds). */
    TrainedClassifier(TextFeatures features, List<Corpus.Labelled> corpus, List<TextFeatures.Analysed> analysed,
            Settings settings, EmergencySettings emergency) {
        long started = System.nanoTime();
        this.features = features;
        this.emergency = emergency;
        List<Category> labels = corpus.stream().map(Corpus.Labelled::category).toList();
        // The fold models first: each is garbage once its fold is scored, so the whole model is never in the heap
        // beside two of them (the same models in either order, with one model's memory less at the peak).
        double[][] outOfFold = CategoryModel.outOfFold(analysed, labels, settings, emergency.folds());
        categories = new CategoryModel(analysed, labels, settings);
        emergencies = new EmergencyScorer(analysed, labels, outOfFold, emergency, settings.seed());
        log.info("TrainedClassifier trained on {} messages in {} ms", corpus.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Segmenting is most of the training cost; it is per message, so both cores can share it. The analyses share their
     * equal strings ({@link TextFeatures.Analysed#sharing}): without that, training needed more than a 384 MB heap.
     */
    static List<TextFeatures.Analysed> analyse(TextFeatures features, List<Corpus.Labelled> corpus) {
        Map<String, String> pool = new ConcurrentHashMap<>();
        return corpus.parallelStream().map(l -> features.analyse(l.text()).sharing(pool)).toList();
    }

    @Override
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 1.0);
        }
        return Decision.decide(scores(features.analyse(text)), emergency.threshold());
    }

    /**
     * Both models' answers for one message, before any decision. A message that turns to a second matter (…还有就是
     * 刚才垃圾站着火了) is also scored from that turn on, and the emergency probability is the higher of the two: a present
     * emergency wins over anything else in a message, wherever it stands, but the category model reads the whole
     * message and leans towards the matter told first. The rest after a turn word (另外, 更急的是…) is always read: a quick
     * look for a danger phrase missed most of what the whole reading finds (a child carried into a van, a car
     * overturned in a river). A bare time word (现在, 今天…) is read only when a quick look finds a danger named after it
     * (a danger phrase where it names one, or harm told in words the cue list lacks: {@link TextFeatures#namesDanger}):
     * "我们楼的消防通道被堵了好久,今天楼下电瓶车冒烟着火了" is a fire, though the story before 今天 names no danger;
     * "…井盖不见了，现在还没人掉进去" is no fall, its 掉进 denied (the hundredth round); "…现在打他电话也不接了" is no fight,
     * its 打 dialling (the hundred-and-first round).
     * Until the thirtieth round it also needed a danger before it (docs/classifier-history.md, "The thirtieth round").
     * So is 还有 after a comma (…想报一下，还有小区门口有两个人在打架, the seventy-eighth round). Since the hundred-and-second
     * round the danger named after a bare time word (or in a clause telling a danger going on) must also be news beside
     * the part before it ({@link TextFeatures#namesNewDanger}: a kind not named before, a danger told again, or any after
     * a film, a dream or a drill): "昨天那截堡坎垮了，好在没砸到人，现在上面还有一截悬起的" tells the same collapse as it stands
     * now, and its rest is not read alone; after 还有 a danger is enough. A bare time word right after
     * 不对 taken back, not after a time ({@link SecondMatter#TAKEN_BACK}: …我在江边冬泳呢，哎不对，刚才下去那个老哥半天没上来了),
     * is read like a turn word, with no danger phrase needed (the eighty-second round). At most
     * {@link SecondMatter#MAX_TURNS} are read: the turn words first, then those that need a danger, 还有 after a comma
     * last. A message that reads
     * as no report (OTHER the likeliest category) is also read from a clause where the writer speaks of now
     * ({@link SecondMatter#witnessNow}: …看到这个想起来，我刚在渠边看见有个娃掉下去了), as after 还有, a danger after it
     * enough: a forwarded article or a remark about the account before it made the whole an OTHER (the fifty-fourth round's miss). A message
     * whose 怕是 guesses the cause of a collapse ({@link FalseFuture}: …都晕过去了，怕是煤气中毒) is also read without its
     * 怕, the higher emergency probability kept. A person who fell into a hole ({@link FallenIn}: 有人掉进瑞山路口的下水道井头了,
     * a drain complaint's words read whole) is also read from the clause of the fall without the hole's words
     * (有人掉进去了), county-style set 168's miss. A message that opens with an alarm cried twice or more
     * ({@link OpeningCry}: 着火了着火了 金辰街到xx小区5懂 厨房油锅起火扑不灭了) is also read from after the cries, unless a rule
     * would hold that rest alone. A theft faced by someone now ({@link NobodyAtRiskNow#theftFaced}: someone
     * at home, in the vehicle taken or alone where the thief is, the thief turning on someone) is an emergency whatever
     * the scorer made of it: its probability is raised to the threshold. Otherwise a theft
     * with nobody at risk, a fight that is over, a gas smell gone, a fire put out ({@link NobodyAtRiskNow}) or a
     * question of what to do if a danger happens ({@link WhatIfQuestion}, what follows its asking words no emergency read
     * alone: {@link #onlyAsked}) or a fire named only as what a hazard would lead
     * to ({@link FearedFire}: 网吧后门锁起，着火了人都跑不出去) is held at
     * {@link Classification#NOT_RULED_OUT}: no emergency, but its reply says what to do and its event is flagged for a
     * check.
     */
    Decision.Scores scores(TextFeatures.Analysed message) {
        double[] posterior = categories.probabilities(message);
        double emergency = emergencies.probability(message, posterior);
        String normal = message.normal();
        int read = 0;
        // Turn words first, then the turns that need a danger (bare time words…), then 还有 after a comma: 现在…，现在…，
        // 今天…，另外三楼有人倒了 still reaches 另外.
        List<SecondMatter.Turn> found = SecondMatter.turns(normal);
        int witness = otherMost(posterior) ? SecondMatter.witnessNow(normal) : -1;
        List<SecondMatter.Turn> withWitness = witness < 0 || found.stream().anyMatch(t -> t.at() == witness) ? found
                : Stream.concat(found.stream(), Stream.of(new SecondMatter.Turn(witness, true))).toList();
        List<SecondMatter.Turn> turns = withWitness.stream()
                .sorted(Comparator.comparing(SecondMatter.Turn::needsDanger).thenComparing(SecondMatter.Turn::stillMore))
                .toList();
        for (SecondMatter.Turn turn : turns) {
            if (read == SecondMatter.MAX_TURNS) {
                break;
            }
            String rest = normal.substring(turn.at());
            // 还有 after a comma and the writer's clause of now need only a danger after them: what comes before 还有 is
            // often another matter, and before the witness a forwarded article or a remark about the account.
            boolean anyDanger = turn.stillMore() || turn.at() == witness;
            if (turn.needsDanger() && !(anyDanger ? features.namesDanger(rest)
                    : features.namesNewDanger(normal.substring(0, turn.at()), rest))) {
                continue;
            }
            read++;
            emergency = Math.max(emergency, emergencyOf(rest));
        }
        emergency = Math.max(emergency, firstMatter(normal, found));
        String reread = FalseFuture.reread(normal);
        if (!reread.equals(normal)) {
            emergency = Math.max(emergency, emergencyOf(reread));
        }
        String fallen = FallenIn.reread(normal);
        if (!fallen.isEmpty()) {
            emergency = Math.max(emergency, emergencyOf(fallen));
        }
        String afterCries = OpeningCry.rest(normal);
        if (!afterCries.isEmpty() && !aRuleHolds(afterCries)) {
            emergency = Math.max(emergency, emergencyOf(afterCries));
        }
        // Never for a message the normaliser cut: what puts someone at risk may come after the cut, and the rules' own
        // check sees only the normalised text, which English words and pinyin can shorten below the cap.
        if (!message.cut() && NobodyAtRiskNow.theftFaced(normal)) {
            return new Decision.Scores(posterior, Math.max(emergency, threshold()));
        }
        boolean heldDown = emergency > Classification.NOT_RULED_OUT && !message.cut() && aRuleHolds(normal);
        return new Decision.Scores(posterior, heldDown ? Classification.NOT_RULED_OUT : emergency);
    }

    /** Whether a rule holds the message below the threshold (see {@link #scores}). */
    private boolean aRuleHolds(String normal) {
        return NobodyAtRiskNow.told(normal) || HazardAtRest.told(normal) || onlyAsked(normal)
                || FearedFire.told(normal);
    }

    /**
     * Whether the message is only a question of what to do if a danger happens ({@link WhatIfQuestion}) and what follows
     * its asking words, read alone, is no emergency: the rule's patterns cannot know every scene that voice text runs on
     * after a further question (…？要不要掐老倌不出声咋办, the hundred-and-seventh round's second red team).
     */
    private boolean onlyAsked(String normal) {
        int askingEnd = WhatIfQuestion.askingEnd(normal);
        if (askingEnd < 0) {
            return false;
        }
        String rest = normal.substring(askingEnd);
        return rest.isBlank() || emergencyOf(rest) < threshold();
    }

    /** The emergency threshold (the local emergency probability in {@link #scores} hides the settings' name). */
    private double threshold() {
        return emergency.threshold();
    }

    /** Whether OTHER is the likeliest category: the message reads as no report. */
    private static boolean otherMost(double[] posterior) {
        int other = Category.OTHER.ordinal();
        return IntStream.range(0, posterior.length).allMatch(c -> posterior[c] <= posterior[other]);
    }

    /**
     * The emergency probability of the first matter read alone, when a word adds another after it (另外, 还有, 对了…)
     * and the first names a danger: "有个老人摔倒了，另外这条路路灯也不亮" read whole is a street-light complaint (0.000),
     * the fall read alone an emergency. 0 when there is no such first matter.
     */
    private double firstMatter(String normal, List<SecondMatter.Turn> turns) {
        int end = SecondMatter.firstMatterEnd(turns);
        String first = end > 0 ? normal.substring(0, end) : "";
        if (first.isEmpty() || !features.namesDanger(first)) {
            return 0;
        }
        return emergencyOf(first);
    }

    /** The emergency probability of a part of a message, or of a message read once more, read as a whole message. */
    private double emergencyOf(String text) {
        TextFeatures.Analysed part = features.analyse(text);
        return emergencies.probability(part, categories.probabilities(part));
    }

    Decision.Scores scores(String text) {
        return scores(features.analyse(text));
    }

    /**
     * Trained on first use, once per JVM (the holder idiom). Training analyses the corpus on a parallel stream whose
     * lambda lives in {@link TrainedClassifier#analyse}: kept outside this class, it does not wait on this class's
     * initialisation.
     */
    private static final class Defaults {
        static final TrainedClassifier TRAINED = new TrainedClassifier(Corpus.read(TRAINING_CORPORA), Settings.DEFAULT,
                EmergencySettings.DEFAULT);
    }
}

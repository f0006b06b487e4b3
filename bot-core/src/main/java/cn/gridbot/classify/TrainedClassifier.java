package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Classifies a resident's message into a category of SPEC §4.1, offline and in-process: HanLP words, characters
 * and cue groups feed a logistic regression blended with naive Bayes, both trained at start-up from the corpus
 * in the jar (a second or two, deterministic); thread-safe afterwards. A missed emergency is the worst error,
 * so EMERGENCY wins whenever its probability reaches {@link Settings#emergencyThreshold()}, even when another
 * category is likelier.
 */
@Component
public class TrainedClassifier implements Classifier {

    static final String TRAINING_CORPUS = "classify/corpus-train.tsv";
    private static final Category[] CATEGORIES = Category.values();
    private static final Logger log = LoggerFactory.getLogger(TrainedClassifier.class);

    private final TextFeatures features = new TextFeatures();
    private final Settings settings;
    private final Vocabulary vocabulary;
    private final SoftmaxModel regression;
    private final NaiveBayes bayes;

    public TrainedClassifier() {
        this(Corpus.read(TRAINING_CORPUS), Settings.DEFAULT);
    }

    TrainedClassifier(List<Corpus.Labelled> corpus, Settings settings) {
        long started = System.nanoTime();
        this.settings = settings;
        // Segmenting the corpus is most of the start-up cost; it is per message, so both cores can share it.
        List<List<String>> documents = corpus.parallelStream().map(l -> features.of(l.text())).toList();
        vocabulary = new Vocabulary(documents);
        List<SoftmaxModel.Example> examples = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            int[] ids = vocabulary.ids(documents.get(i));
            examples.add(new SoftmaxModel.Example(ids, vocabulary.values(ids), corpus.get(i).category().ordinal()));
        }
        double[] classWeights = new double[CATEGORIES.length];
        Arrays.fill(classWeights, 1.0);
        classWeights[Category.EMERGENCY.ordinal()] = settings.emergencyWeight();
        regression = SoftmaxModel.train(examples, vocabulary.size(), CATEGORIES.length, settings, classWeights);
        bayes = new NaiveBayes(examples, vocabulary.size(), CATEGORIES.length, settings.bayesAlpha(),
                settings.bayesTemperature());
        log.info("TrainedClassifier trained on {} messages in {} ms", corpus.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 1.0);
        }
        return decide(probabilities(text), settings.emergencyThreshold());
    }

    /** The blended posterior over {@link Category#values()}, before the emergency threshold. */
    double[] probabilities(String text) {
        int[] ids = vocabulary.ids(features.of(text));
        double[] p = regression.probabilities(ids, vocabulary.values(ids));
        double[] q = bayes.probabilities(ids);
        double w = settings.bayesWeight();
        for (int c = 0; c < p.length; c++) {
            p[c] = (1 - w) * p[c] + w * q[c];
        }
        return p;
    }

    /** The likeliest category, or EMERGENCY when its probability reaches the threshold; with that probability. */
    static Classification decide(double[] p, double emergencyThreshold) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        int emergency = Category.EMERGENCY.ordinal();
        if (p[emergency] >= emergencyThreshold) {
            best = emergency;
        }
        return new Classification(CATEGORIES[best], p[best]);
    }
}

package cn.gridbot.classify;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Classifies a resident's message into a category of SPEC §4.1, offline and in-process. Trained at
 * start-up from the corpus shipped in the jar (a second or two); thread-safe afterwards.
 * A missed emergency is the worst error, so EMERGENCY wins whenever its probability passes
 * {@link #EMERGENCY_THRESHOLD}, even when another category is more likely.
 */
@Component
public class Classifier {

    static final String TRAINING_CORPUS = "classify/corpus-train.tsv";
    static final double EMERGENCY_THRESHOLD = 0.30;
    private static final Category[] CATEGORIES = Category.values();
    private static final Logger log = LoggerFactory.getLogger(Classifier.class);

    private final TextFeatures features = new TextFeatures();
    private final SoftmaxModel model;

    public Classifier() {
        this(Corpus.read(TRAINING_CORPUS));
    }

    Classifier(List<Corpus.Labelled> corpus) {
        long started = System.nanoTime();
        List<SoftmaxModel.Example> examples = corpus.stream()
                .map(l -> new SoftmaxModel.Example(features.of(l.text()), l.category().ordinal())).toList();
        double[] classWeights = new double[CATEGORIES.length];
        Arrays.fill(classWeights, 1.0);
        classWeights[Category.EMERGENCY.ordinal()] = 1.5;
        model = SoftmaxModel.train(examples, CATEGORIES.length, 25, 0.5, 1e-6, classWeights, 20261127L);
        log.info("Classifier trained on {} messages in {} ms", corpus.size(), (System.nanoTime() - started) / 1_000_000);
    }

    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 1.0);
        }
        double[] p = model.probabilities(features.of(text));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        int emergency = Category.EMERGENCY.ordinal();
        if (best != emergency && p[emergency] >= EMERGENCY_THRESHOLD) {
            best = emergency;
        }
        return new Classification(CATEGORIES[best], p[best]);
    }
}

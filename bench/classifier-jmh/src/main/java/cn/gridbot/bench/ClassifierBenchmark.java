package cn.gridbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.classify.TrainedClassifier;

/**
 * Average time of one {@link TrainedClassifier#classify} call — normalisation, HanLP segmentation and pinyin, both the
 * category model and the emergency scorer — over the held-out messages of one corpus in turn (short and long,
 * dialect, pinyin and emoji), with the classifier trained as at start-up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifierBenchmark {

    /**
     * A held-out corpus ({@code CATEGORY<TAB>text} or {@code CATEGORY<TAB>FAMILY<TAB>text}, {@code #} comment lines);
     * JMH measures each value given, and the script gives both corpora's absolute paths.
     */
    @Param("bot-core/src/test/resources/classify/corpus-heldout.tsv,bot-core/src/main/resources/classify/scored/hard-heldout-43.tsv")
    public String heldOut;

    private Classifier classifier;
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void train() throws IOException {
        texts = Files.readAllLines(Path.of(heldOut), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && line.indexOf('\t') > 0)
                .map(line -> line.substring(line.lastIndexOf('\t') + 1))
                .toArray(String[]::new);
        classifier = new TrainedClassifier();
    }

    @Benchmark
    public Classification classify() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return classifier.classify(text);
    }
}

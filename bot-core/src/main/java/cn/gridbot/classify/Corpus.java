package cn.gridbot.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled corpus: one message a line, {@code CATEGORY<TAB>text} (the county corpus) or
 * {@code CATEGORY<TAB>FAMILY<TAB>text} (the hard corpus, see the README); lines starting with {@code #} are comments.
 */
public final class Corpus {

    /** The county corpus's messages have no family of their own; they are scored under this one. */
    public static final String COUNTY = "COUNTY";

    /** One labelled message and the difficulty family it was written for. */
    public record Labelled(Category category, String family, String text) {

        public Labelled(Category category, String text) {
            this(category, COUNTY, text);
        }
    }

    private Corpus() {
    }

    public static List<Labelled> read(String resource) {
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Corpus " + resource + " is not on the classpath");
        }
        return read(in, resource);
    }

    /** Several corpora, one after the other. */
    public static List<Labelled> read(String... resources) {
        List<Labelled> all = new ArrayList<>();
        for (String resource : resources) {
            all.addAll(read(resource));
        }
        return all;
    }

    static List<Labelled> read(InputStream in, String name) {
        List<Labelled> corpus = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length < 2) {
                    throw new IllegalStateException(name + " line " + number + " has no TAB between category and text");
                }
                Category category = Category.valueOf(fields[0].strip());
                corpus.add(fields.length == 2 ? new Labelled(category, fields[1].strip())
                        : new Labelled(category, fields[1].strip(), fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }
}

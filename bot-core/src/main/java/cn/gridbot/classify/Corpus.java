package cn.gridbot.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A labelled corpus: one message per line, {@code CATEGORY<TAB>text}. */
public final class Corpus {

    /** One labelled message. */
    public record Labelled(Category category, String text) {
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

    static List<Labelled> read(InputStream in, String name) {
        List<Labelled> corpus = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(name + " line " + number + " has no TAB between category and text");
                }
                corpus.add(new Labelled(Category.valueOf(line.substring(0, tab).strip()), line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }
}

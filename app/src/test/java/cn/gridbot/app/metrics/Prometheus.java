package cn.gridbot.app.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads series out of a Prometheus text exposition, as a scraper would. */
final class Prometheus {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    Prometheus(String text) {
        this.text = text;
    }

    /** Whether a series of that name is exposed at all. */
    boolean has(String name) {
        return text.lines().map(LINE::matcher).anyMatch(m -> m.matches() && m.group(1).equals(name));
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels} ("k=v" pairs); 0 when none. */
    double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String label : labels) {
            wanted.put(label.substring(0, label.indexOf('=')), label.substring(label.indexOf('=') + 1));
        }
        double sum = 0;
        for (String line : text.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new LinkedHashMap<>();
            Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
            while (l.find()) {
                found.put(l.group(1), l.group(2));
            }
            if (found.entrySet().containsAll(wanted.entrySet())) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }
}

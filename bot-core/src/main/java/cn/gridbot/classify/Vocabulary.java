package cn.gridbot.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features seen in training, numbered, each with its inverse document frequency: a feature found in most
 * messages (a common particle, the length bucket) says little about the category and weighs less.
 */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] idf;

    Vocabulary(List<List<String>> documents) {
        int[] df = new int[1024];
        for (List<String> document : documents) {
            for (String feature : document) {
                int id = ids.computeIfAbsent(feature, f -> ids.size());
                if (id == df.length) {
                    df = Arrays.copyOf(df, 2 * df.length);
                }
                df[id]++;
            }
        }
        idf = new double[ids.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log((1.0 + documents.size()) / (1.0 + df[id])) + 1;
        }
    }

    int size() {
        return idf.length;
    }

    /** The ids of the known features of a message; features never seen in training are dropped. */
    int[] ids(List<String> features) {
        int[] found = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            Integer id = ids.get(feature);
            if (id != null) {
                found[n++] = id;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /** TF-IDF values of a message's (binary) features, scaled to unit length so long and short messages compare. */
    double[] values(int[] ids) {
        double[] values = new double[ids.length];
        double norm = 0;
        for (int j = 0; j < ids.length; j++) {
            values[j] = idf[ids[j]];
            norm += values[j] * values[j];
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int j = 0; j < ids.length; j++) {
            values[j] *= scale;
        }
        return values;
    }
}

package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** The decisions taken for a set of labelled messages, and the figures they add up to. */
record Scores(List<Corpus.Labelled> lines, List<Classification> decisions) {

    int total() {
        return lines.size();
    }

    int correct() {
        int correct = 0;
        for (int i = 0; i < lines.size(); i++) {
            correct += decisions.get(i).category() == lines.get(i).category() ? 1 : 0;
        }
        return correct;
    }

    double accuracy() {
        return total() == 0 ? 1 : (double) correct() / total();
    }

    int[][] confusion() {
        int n = Category.values().length;
        int[][] confusion = new int[n][n];
        for (int i = 0; i < lines.size(); i++) {
            confusion[lines.get(i).category().ordinal()][decisions.get(i).category().ordinal()]++;
        }
        return confusion;
    }

    /** Messages labelled {@code c}. */
    int labelled(Category c) {
        return (int) lines.stream().filter(l -> l.category() == c).count();
    }

    /** Messages decided {@code c}. */
    int decided(Category c) {
        return (int) decisions.stream().filter(d -> d.category() == c).count();
    }

    /** Messages labelled and decided {@code c}. */
    int hits(Category c) {
        int hits = 0;
        for (int i = 0; i < lines.size(); i++) {
            hits += lines.get(i).category() == c && decisions.get(i).category() == c ? 1 : 0;
        }
        return hits;
    }

    double recall(Category c) {
        return labelled(c) == 0 ? 1 : (double) hits(c) / labelled(c);
    }

    double precision(Category c) {
        return decided(c) == 0 ? 1 : (double) hits(c) / decided(c);
    }

    /**
     * Whether the reply to a message decided {@code d} says what to do if a danger is happening now, though the event
     * is not urgent (the conversation's ComplaintReplies): a hazard, a public-order event, or a danger not ruled out —
     * for a message read as no complaint (OTHER), the line and a question about what it is (ComplaintFlow).
     */
    static boolean toldWhatToDo(Classification d) {
        return !d.emergency() && (d.category() == Category.SAFETY || d.category() == Category.PUBLIC_ORDER
                || d.dangerNotRuledOut());
    }

    /** Emergencies decided as something else whose reply still says what to do if it is happening now. */
    int missedButTold() {
        return count(i -> lines.get(i).category() == Category.EMERGENCY && toldWhatToDo(decisions.get(i)));
    }

    /** Messages that are no emergency told what to do all the same, only because a danger is not ruled out. */
    int othersToldAsNotRuledOut() {
        return count(i -> lines.get(i).category() != Category.EMERGENCY && toldWhatToDo(decisions.get(i))
                && decisions.get(i).category() != Category.SAFETY && decisions.get(i).category() != Category.PUBLIC_ORDER);
    }

    /**
     * Messages that are no emergency whose event would be flagged for a telephone check (危险未排除 to its worker and
     * centre), whatever their category: a hazard's or a public-order event's reply always says what to do, but it is
     * flagged only when its danger is not ruled out.
     */
    int othersFlagged() {
        return count(i -> lines.get(i).category() != Category.EMERGENCY && decisions.get(i).dangerNotRuledOut());
    }

    private int count(IntPredicate which) {
        return (int) IntStream.range(0, lines.size()).filter(which).count();
    }

    /** Emergencies decided below {@link Classification#SURE}. */
    int suspected() {
        return (int) decisions.stream().filter(Classification::suspectedEmergency).count();
    }

    /** The families present, in the order of their first message. */
    List<String> families() {
        Set<String> families = new LinkedHashSet<>();
        lines.forEach(l -> families.add(l.family()));
        return new ArrayList<>(families);
    }

    Scores family(String family) {
        List<Corpus.Labelled> in = new ArrayList<>();
        List<Classification> decided = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).family().equals(family)) {
                in.add(lines.get(i));
                decided.add(decisions.get(i));
            }
        }
        return new Scores(in, decided);
    }

    /** The lines decided wrongly: true → decided (confidence), text. */
    List<String> misses() {
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Classification d = decisions.get(i);
            if (d.category() != lines.get(i).category()) {
                misses.add(String.format(java.util.Locale.ROOT, "%s %s -> %s %.2f\t%s", lines.get(i).family(),
                        lines.get(i).category(), d.category(), d.confidence(), lines.get(i).text()));
            }
        }
        return misses;
    }
}

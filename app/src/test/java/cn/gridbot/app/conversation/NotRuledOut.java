package cn.gridbot.app.conversation;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;

/**
 * Examples of a message the classifier reads as no complaint without ruling out a danger, for the tests of what the
 * bot does with one. Which message the model reads so moves a little with every classifier round (a worker fallen
 * from scaffolding, asked about after a greeting, was one until the twenty-second round read the question after the
 * greeting by itself and called it an emergency), so a test takes the first of these the current model reads so, and
 * fails with the readings of all of them when none is.
 */
final class NotRuledOut {

    static final List<String> NO_COMPLAINT = List.of(
            "今天在菜市场看到有个人倒在地上,后来有人扶起来了,现在不晓得怎么样了",
            "刚才路过河边看到好多人围着,说是有人掉下去了,不晓得捞起来没有");

    private NotRuledOut() {
    }

    /** The first example the classifier reads as no complaint (not actionable) with its danger not ruled out. */
    static String noComplaint(Classifier classifier) {
        for (String text : NO_COMPLAINT) {
            Classification c = classifier.classify(text);
            if (!c.category().actionable() && c.dangerNotRuledOut()) {
                return text;
            }
        }
        return fail("none of the examples is read as no complaint with its danger not ruled out any more; add one the "
                + "model reads so: " + NO_COMPLAINT.stream().map(t -> classifier.classify(t) + " " + t).toList());
    }
}

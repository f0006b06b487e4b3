package cn.gridbot.conversation;

import java.util.ArrayList;
import java.util.List;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;

/**
 * The one short question a dispatcher asks when unsure of the category: the close candidates first, numbered, then
 * the other categories of the menu. The order is kept in the draft, so that the number answered maps back.
 *
 * @param choices every category of the menu, the close candidates first
 * @param close how many of them lead as close candidates (at least the likeliest)
 */
record CategoryQuestion(List<Category> choices, int close) {

    /** The categories a resident can pick, in their usual order. */
    static final List<Category> MENU = List.of(Category.ENVIRONMENT, Category.MUNICIPAL, Category.GREENERY,
            Category.SAFETY, Category.PUBLIC_ORDER, Category.DISPUTE, Category.URBAN_MANAGEMENT, Category.LIVELIHOOD,
            Category.EMERGENCY);
    private static final int MOST_CLOSE = 3;

    CategoryQuestion {
        choices = List.copyOf(choices);
    }

    /** The plain menu, in its usual order. */
    static CategoryQuestion menu() {
        return new CategoryQuestion(MENU, 0);
    }

    /** Whether a classification is too unsure to file without asking; never for an emergency or for OTHER. */
    static boolean needed(Classification c, ConversationSettings settings) {
        return c.category().actionable() && !c.emergency()
                && (c.confidence() < settings.askBelowConfidence() || c.margin() < settings.askWithinMargin());
    }

    /** The likeliest category and up to two more within {@code margin} of it lead; the rest of the menu follows. */
    static CategoryQuestion about(Classification c, double margin) {
        List<Category> choices = new ArrayList<>();
        for (Classification.Candidate candidate : c.candidates()) {
            boolean close = choices.isEmpty() || c.confidence() - candidate.probability() < margin;
            if (close && choices.size() < MOST_CLOSE && MENU.contains(candidate.category())) {
                choices.add(candidate.category());
            }
        }
        int close = choices.size();
        MENU.stream().filter(category -> !choices.contains(category)).forEach(choices::add);
        return new CategoryQuestion(choices, close);
    }

    /** "请问您反映的更接近哪一类?回复数字:1 市政设施 2 环境卫生 / 都不是:3 …", or the whole menu when one leads alone. */
    String text() {
        StringBuilder text = new StringBuilder();
        if (close >= 2) {
            text.append("请问您反映的更接近哪一类?回复数字:\n");
            for (int i = 0; i < close; i++) {
                text.append(i + 1).append(" ").append(choices.get(i).label()).append("  ");
            }
            text.append("\n都不是:");
            for (int i = close; i < choices.size(); i++) {
                text.append(i + 1).append(" ").append(choices.get(i).label()).append(" ");
            }
            return text.toString().strip();
        }
        text.append("为了尽快转给对应的部门,请问您反映的是哪类问题?回复数字:\n");
        for (int i = 0; i < choices.size(); i++) {
            text.append(i + 1).append(" ").append(choices.get(i).label()).append(i % 3 == 2 ? "\n" : "  ");
        }
        return text.toString().strip();
    }
}

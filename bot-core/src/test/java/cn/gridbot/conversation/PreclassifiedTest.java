package cn.gridbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;

class PreclassifiedTest {

    private final List<String> classified = new ArrayList<>();
    private final Classifier classifier = text -> {
        classified.add(text);
        return new Classification(text.contains("路灯") ? Category.MUNICIPAL : Category.OTHER, 0.9);
    };

    @Test
    void theWordsClassifiedAheadAreNotClassifiedAgainInsideTheBatch() {
        Preclassified ahead = Preclassified.ahead(classifier, text("海慧路路灯坏了"));
        assertThat(classified).containsExactly("海慧路路灯坏了");

        Classification inside = Preclassified.during(ahead, () -> Preclassified.classify(classifier, "海慧路路灯坏了"));

        assertThat(inside.category()).isEqualTo(Category.MUNICIPAL);
        assertThat(classified).hasSize(1);
    }

    @Test
    void otherTextAndOtherMessagesAreClassifiedWhereTheyAreMet() {
        Preclassified ahead = Preclassified.ahead(classifier, text("海慧路路灯坏了"));

        Preclassified.during(ahead, () -> Preclassified.classify(classifier, "路灯坏了 滨河路12号"));
        Preclassified.classify(classifier, "海慧路路灯坏了");

        assertThat(classified).containsExactly("海慧路路灯坏了", "路灯坏了 滨河路12号", "海慧路路灯坏了");
    }

    @Test
    void commandsEmptyWordsAndNonTextAreNotClassifiedAhead() {
        assertThat(Preclassified.ahead(classifier, text("进度"))).isNull();
        assertThat(Preclassified.ahead(classifier, text("签收 0012"))).isNull();
        assertThat(Preclassified.ahead(classifier, text("   "))).isNull();
        assertThat(Preclassified.ahead(classifier, new InboundMessage("o-1", MessageKind.IMAGE, 1L, "2", null, null,
                "http://pic", "media", null, null, null, null))).isNull();
        assertThat(classified).isEmpty();
    }

    private static InboundMessage text(String content) {
        return new InboundMessage("o-1", MessageKind.TEXT, 1L, "1", content, null, null, null, null, null, null, null);
    }
}

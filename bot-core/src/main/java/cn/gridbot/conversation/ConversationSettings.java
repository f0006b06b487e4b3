package cn.gridbot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.conversation.*}: how long an unfinished complaint is kept, and the classifier
 * confidence below which the bot asks the resident for the category instead of guessing.
 */
@ConfigurationProperties("gridbot.conversation")
public record ConversationSettings(@DefaultValue("PT30M") Duration draftTtl,
        @DefaultValue("0.45") double askBelowConfidence) {
}

package cn.gridbot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.conversation.*}: how long an unfinished complaint is kept, and when the bot asks the resident for the
 * category instead of guessing — the classifier's confidence below {@code askBelowConfidence}, or the runner-up
 * within {@code askWithinMargin} of it (the defaults ask about one complaint in twenty-five; see the README).
 * Emergencies are never asked about.
 */
@ConfigurationProperties("gridbot.conversation")
public record ConversationSettings(@DefaultValue("PT30M") Duration draftTtl,
        @DefaultValue("0.45") double askBelowConfidence, @DefaultValue("0.2") double askWithinMargin) {
}

package cn.gridbot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.conversation.*}: how long an unfinished complaint is kept, and when the bot asks the resident for the
 * category instead of guessing — the classifier's confidence below {@code askBelowConfidence}, or the runner-up
 * within {@code askWithinMargin} of it (the defaults ask about one complaint in twenty-five; see the README).
 * Emergencies are never asked about. A complaint whose danger the classifier did not rule out, still waiting for the
 * resident's answer (its category or its place) {@code dangerFollowUp} after it was asked about, is filed as it stands
 * ({@link DangerFollowUp}).
 */
@ConfigurationProperties("gridbot.conversation")
public record ConversationSettings(@DefaultValue("PT30M") Duration draftTtl,
        @DefaultValue("0.45") double askBelowConfidence, @DefaultValue("0.2") double askWithinMargin,
        @DefaultValue("PT5M") Duration dangerFollowUp) {
}

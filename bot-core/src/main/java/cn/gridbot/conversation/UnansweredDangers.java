package cn.gridbot.conversation;

import java.time.Instant;
import java.util.List;

/**
 * The residents whose pending complaint (waiting for its category or its place) has a danger the classifier did not
 * rule out, and who have not answered in time: {@link DangerFollowUp} files those complaints as they stand. Kept
 * beside the dialog state, which sets the time when it saves such a draft and clears it when the draft is gone.
 */
public interface UnansweredDangers {

    /** Up to {@code limit} residents whose follow-up time has come by {@code now}, the longest waiting first. */
    List<String> due(Instant now, int limit);

    /**
     * Takes the resident's follow-up, once, in the caller's transaction: false when it is no longer due (the resident
     * answered, or another instance took it).
     */
    boolean claim(String openid, Instant now);
}

package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.List;

/** The store of follow-up calls, and what the calls are drawn from. */
public interface FollowUps {

    void add(FollowUp call);

    /** Numbers of closed residents' events under {@code unitPath} (all when null) closed in [from, to), at most {@code limit}. */
    List<String> closedResidentEvents(String unitPath, Instant from, Instant to, int limit);

    /** Calls answered (satisfied or not) and satisfied, for events under {@code unitPath} called in [from, to). */
    record Tally(long answered, long satisfied, long unreached) {
    }

    Tally tally(String unitPath, Instant from, Instant to);
}

package cn.gridbot.gridevent;

import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The store of extension requests. */
public interface ExtensionRequests {

    /** Stores a new request; answers it with its id. */
    ExtensionRequest add(ExtensionRequest request);

    Optional<ExtensionRequest> findById(long id);

    /** Requests of events under {@code unitPath} (all when null), in this state (any when null), oldest first. */
    Page<ExtensionRequest> list(ExtensionRequest.Status status, String unitPath, PageRequest page);

    /** How many of the event's requests are pending or approved. */
    int countStanding(String eventNumber);

    boolean hasPending(String eventNumber);

    /** Records the decision of a request still pending; answers false when it was decided meanwhile. */
    boolean decide(ExtensionRequest decided);
}

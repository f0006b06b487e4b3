package cn.gridbot.gridevent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** Extension requests in memory, for the dialog's unit tests. */
final class InMemoryExtensionRequests implements ExtensionRequests {

    private final List<ExtensionRequest> stored = new ArrayList<>();

    @Override
    public synchronized ExtensionRequest add(ExtensionRequest r) {
        ExtensionRequest saved = new ExtensionRequest((long) stored.size() + 1, r.eventNumber(), r.workerCode(), r.workingDays(),
                r.reason(), r.status(), r.unitPath(), r.requestedAt(), r.previousDeadline(), r.newDeadline(), r.decidedAt(),
                r.decidedBy(), r.decisionNote());
        stored.add(saved);
        return saved;
    }

    @Override
    public synchronized Optional<ExtensionRequest> findById(long id) {
        return stored.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public synchronized Page<ExtensionRequest> list(ExtensionRequest.Status status, String unitPath, PageRequest page) {
        List<ExtensionRequest> found = stored.stream().filter(r -> status == null || r.status() == status)
                .filter(r -> unitPath == null || r.unitPath().startsWith(unitPath)).toList();
        int from = (int) Math.min(page.offset(), found.size());
        return new Page<>(found.subList(from, Math.min(found.size(), from + page.size())), page.page(), page.size(), found.size());
    }

    @Override
    public synchronized int countStanding(String eventNumber) {
        return (int) stored.stream().filter(r -> r.eventNumber().equals(eventNumber))
                .filter(r -> r.status() != ExtensionRequest.Status.REFUSED).count();
    }

    @Override
    public synchronized boolean hasPending(String eventNumber) {
        return stored.stream().anyMatch(r -> r.eventNumber().equals(eventNumber) && r.status() == ExtensionRequest.Status.PENDING);
    }

    @Override
    public synchronized boolean decide(ExtensionRequest decided) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id().equals(decided.id()) && stored.get(i).status() == ExtensionRequest.Status.PENDING) {
                stored.set(i, decided);
                return true;
            }
        }
        return false;
    }
}

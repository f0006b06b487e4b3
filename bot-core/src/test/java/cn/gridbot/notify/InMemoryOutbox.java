package cn.gridbot.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox in memory: what would have been pushed, by key (a second enqueue of a key adds nothing). */
public final class InMemoryOutbox implements Outbox {

    private final Map<String, Notification> byKey = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(Notification notification) {
        return byKey.putIfAbsent(notification.key(), notification) == null;
    }

    @Override
    public void enqueueWithCommit(Notification notification) {
        enqueue(notification);
    }

    @Override
    public synchronized int enqueueAll(List<Notification> notifications) {
        int added = 0;
        for (Notification n : notifications) {
            added += enqueue(n) ? 1 : 0;
        }
        return added;
    }

    public synchronized List<Notification> all() {
        return new ArrayList<>(byKey.values());
    }

    public synchronized List<Notification> to(String openid) {
        return byKey.values().stream().filter(n -> openid.equals(n.recipientOpenid())).toList();
    }
}

package cn.gridbot.notify.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Repository;

import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationStatus;
import cn.gridbot.notify.Outbox;
import tools.jackson.databind.ObjectMapper;

@Repository
class MyBatisOutbox implements Outbox {

    private final NotificationMapper mapper;
    private final ObjectMapper json;

    MyBatisOutbox(NotificationMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public boolean enqueue(Notification n) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fields", n.fields());
        payload.put("text", n.text());
        NotificationStatus status = n.recipientOpenid() == null ? NotificationStatus.NO_RECIPIENT : NotificationStatus.PENDING;
        NotificationRow row = new NotificationRow(null, n.key(), n.kind().name(), n.recipientOpenid(), n.workerCode(),
                n.residentId(), n.residentName(), n.eventNumber(), n.unitPath(), json.writeValueAsString(payload),
                status.name(), 0, n.createdAt(), null, n.createdAt(), null);
        return mapper.insertIgnore(row, n.createdAt()) > 0;
    }
}

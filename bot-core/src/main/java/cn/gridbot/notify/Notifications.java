package cn.gridbot.notify;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** Reading the outbox: what was pushed to whom, and how delivery went. */
public interface Notifications {

    Page<NotificationView> search(NotificationQuery query, PageRequest page);
}

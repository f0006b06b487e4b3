package cn.gridbot.notify;

/** Kinds of push (README "Failure behaviour"); each may have its own WeChat template. */
public enum NotificationKind {
    TASK_ASSIGNED, SIGN_OVERDUE, STATUS_CHANGED, RATING_REQUEST, BIRTHDAY_UPCOMING, BIRTHDAY_TODAY, VISIT_DUE,
    VISIT_OVERDUE, DAILY_DIGEST, SPOOL_REPLY, PATROL_DUE, EXTENSION_DECIDED, CHECK_DUE, CHECK_OVERDUE
}

package cn.gridbot.gridevent;

/** Where an event came from. */
public enum Source {
    WECHAT, OPEN311, ADMIN
}

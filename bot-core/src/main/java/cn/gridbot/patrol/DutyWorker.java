package cn.gridbot.patrol;

/** A grid worker on duty, who owes the twice-daily patrols; {@code openid} null when not bound to WeChat. */
public record DutyWorker(String code, String name, String unitCode, String unitPath, String openid) {
}

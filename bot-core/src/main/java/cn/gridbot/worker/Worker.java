package cn.gridbot.worker;

/**
 * A grid worker, or a township or county centre dispatcher when {@code unitCode} names a unit above
 * the grid. {@code openid} links the worker to the WeChat account once bound.
 */
public record Worker(String code, String name, String phone, String unitCode, String openid, boolean onDuty) {

    public boolean isBound() {
        return openid != null && !openid.isBlank();
    }

    /** On duty and bound to WeChat: someone a push actually reaches. */
    public boolean reachable() {
        return onDuty && isBound();
    }

    public Worker withOpenid(String newOpenid) {
        return new Worker(code, name, phone, unitCode, newOpenid, onDuty);
    }
}

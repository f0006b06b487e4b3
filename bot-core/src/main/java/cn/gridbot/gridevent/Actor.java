package cn.gridbot.gridevent;

/** Who changed an event, as recorded in its timeline: never a phone number or an openid. */
public record Actor(Kind kind, String id) {

    public enum Kind { RESIDENT, WORKER, SUPERVISOR, SYSTEM }

    public static final Actor RESIDENT = new Actor(Kind.RESIDENT, null);
    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);

    public static Actor worker(String code) {
        return new Actor(Kind.WORKER, code);
    }

    public static Actor supervisor(String label) {
        return new Actor(Kind.SUPERVISOR, label);
    }

    /** As stored: {@code WORKER:W001}, {@code RESIDENT}. */
    @Override
    public String toString() {
        return id == null ? kind.name() : kind.name() + ":" + id;
    }

    public static Actor parse(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? new Actor(Kind.valueOf(value), null)
                : new Actor(Kind.valueOf(value.substring(0, colon)), value.substring(colon + 1));
    }
}

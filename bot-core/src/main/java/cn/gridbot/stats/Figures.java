package cn.gridbot.stats;

/**
 * Counters of the events received in a period (README "Event lifecycle"): {@code received} excludes cancelled events;
 * {@code merged} of them are duplicate reports merged into another event, received but not to be resolved on their
 * own; the rates are null when their denominator is zero.
 */
public record Figures(long received, long cancelled, long resolved, long resolvedOnTime, long signed, long signedOnTime,
        long overdue, long rated, long ratingSum, long urgent, long merged) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Figures(long received, long cancelled, long resolved, long resolvedOnTime, long signed, long signedOnTime,
            long overdue, long rated, long ratingSum, long urgent) {
        this(received, cancelled, resolved, resolvedOnTime, signed, signedOnTime, overdue, rated, ratingSum, urgent, 0);
    }

    public Figures plus(Figures o) {
        return new Figures(received + o.received, cancelled + o.cancelled, resolved + o.resolved,
                resolvedOnTime + o.resolvedOnTime, signed + o.signed, signedOnTime + o.signedOnTime, overdue + o.overdue,
                rated + o.rated, ratingSum + o.ratingSum, urgent + o.urgent, merged + o.merged);
    }

    /** 办结率: resolved or closed ÷ received (cancelled excluded, merged reports too: their event counts for them). */
    public Double completionRate() {
        return ratio(resolved, received - merged);
    }

    /** Resolved by their deadline ÷ resolved. */
    public Double onTimeRate() {
        return ratio(resolvedOnTime, resolved);
    }

    /** Signed for by the sign-for deadline ÷ signed for. */
    public Double signOnTimeRate() {
        return ratio(signedOnTime, signed);
    }

    /** The residents' average rating, 1–5. */
    public Double satisfaction() {
        return rated == 0 ? null : Math.round(ratingSum * 100.0 / rated) / 100.0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}

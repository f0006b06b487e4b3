package cn.gridbot.assessment;

/**
 * What one row of the assessment did in the month: events resolved (and of them on time, rated with the ratings'
 * sum, reopened for review at some time), events signed for (and of them in time), and care visits done and due
 * ({@code visitsDue} null where the row has no grid of its own).
 */
public record Tally(long resolved, long resolvedOnTime, long signed, long signedOnTime, long rated, long ratingSum,
        long reopened, long visitsDone, Long visitsDue) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, null);

    Tally plus(Tally o) {
        Long due = visitsDue == null && o.visitsDue == null ? null
                : (visitsDue == null ? 0 : visitsDue) + (o.visitsDue == null ? 0 : o.visitsDue);
        return new Tally(resolved + o.resolved, resolvedOnTime + o.resolvedOnTime, signed + o.signed,
                signedOnTime + o.signedOnTime, rated + o.rated, ratingSum + o.ratingSum, reopened + o.reopened,
                visitsDone + o.visitsDone, due);
    }

    Tally withVisits(long done, Long due) {
        return new Tally(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, done, due);
    }
}

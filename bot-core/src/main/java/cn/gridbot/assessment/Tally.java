package cn.gridbot.assessment;

/**
 * What one row of the assessment did in the month: events resolved (and of them on time, rated with the ratings'
 * sum, reopened for review at some time), events signed for (and of them in time), care visits done and due
 * ({@code visitsDue} null where the row has no grid of its own), half-day patrols done and owed ({@code patrolsDue}
 * null where nobody in the row owes patrols), register re-checks done and due ({@code checksDue} null without a grid),
 * self-reports (报事) made and the number expected of the row ({@code selfReportTarget} null where none is expected).
 */
public record Tally(long resolved, long resolvedOnTime, long signed, long signedOnTime, long rated, long ratingSum,
        long reopened, long visitsDone, Long visitsDue, long patrolsDone, Long patrolsDue, long checksDone, Long checksDue,
        long selfReports, Double selfReportTarget) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, null);

    /** The event counts alone, as the events query gives them. */
    public Tally(long resolved, long resolvedOnTime, long signed, long signedOnTime, long rated, long ratingSum,
            long reopened, long visitsDone, Long visitsDue) {
        this(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, visitsDone, visitsDue, 0, null, 0,
                null, 0, null);
    }

    Tally plus(Tally o) {
        return new Tally(resolved + o.resolved, resolvedOnTime + o.resolvedOnTime, signed + o.signed,
                signedOnTime + o.signedOnTime, rated + o.rated, ratingSum + o.ratingSum, reopened + o.reopened,
                visitsDone + o.visitsDone, sum(visitsDue, o.visitsDue), patrolsDone + o.patrolsDone,
                sum(patrolsDue, o.patrolsDue), checksDone + o.checksDone, sum(checksDue, o.checksDue),
                selfReports + o.selfReports, selfReportTarget == null && o.selfReportTarget == null ? null
                        : (selfReportTarget == null ? 0 : selfReportTarget) + (o.selfReportTarget == null ? 0 : o.selfReportTarget));
    }

    Tally withVisits(long done, Long due) {
        return new Tally(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, done, due, patrolsDone,
                patrolsDue, checksDone, checksDue, selfReports, selfReportTarget);
    }

    Tally withPatrols(long done, Long due) {
        return new Tally(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, visitsDone, visitsDue,
                done, due, checksDone, checksDue, selfReports, selfReportTarget);
    }

    Tally withChecks(long done, Long due) {
        return new Tally(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, visitsDone, visitsDue,
                patrolsDone, patrolsDue, done, due, selfReports, selfReportTarget);
    }

    Tally withSelfReports(long made, Double target) {
        return new Tally(resolved, resolvedOnTime, signed, signedOnTime, rated, ratingSum, reopened, visitsDone, visitsDue,
                patrolsDone, patrolsDue, checksDone, checksDue, made, target);
    }

    private static Long sum(Long a, Long b) {
        return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
    }
}

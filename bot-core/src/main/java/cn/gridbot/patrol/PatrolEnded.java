package cn.gridbot.patrol;

/** Published when a patrol has been judged at its end, in the transaction that ended it (for the operator's meters). */
public record PatrolEnded(boolean valid, boolean auto) {
}

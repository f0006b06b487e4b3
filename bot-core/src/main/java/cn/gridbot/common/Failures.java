package cn.gridbot.common;

/**
 * Exceptions fit for the log. An exception's message may quote what a resident wrote (a value that did
 * not fit a column, a parser's excerpt), so the log gets each cause's class and stack trace only.
 */
public final class Failures {

    private Failures() {
    }

    /** A copy of the chain of causes with each message replaced by its exception's class name. */
    public static Throwable withoutMessages(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable copy = new Scrubbed(failure.getClass().getName(), withoutMessages(
                failure.getCause() == failure ? null : failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /**
     * The simple class names of the chain of causes, outermost first ({@code ResourceAccessException <-
     * SocketTimeoutException}): what a stored error says, since the list of notifications shows it to supervisors.
     */
    public static String names(Throwable failure) {
        StringBuilder names = new StringBuilder(failure.getClass().getSimpleName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 5; depth++, cause = cause.getCause()) {
            names.append(" <- ").append(cause.getClass().getSimpleName());
        }
        return names.toString();
    }

    /** A stand-in that prints as the class it replaces. */
    private static final class Scrubbed extends RuntimeException {

        private final String className;

        Scrubbed(String className, Throwable cause) {
            super(null, cause, false, true);
            this.className = className;
        }

        @Override
        public String toString() {
            return className;
        }
    }
}

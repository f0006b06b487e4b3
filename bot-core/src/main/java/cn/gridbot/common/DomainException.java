package cn.gridbot.common;

/**
 * A refusal the domain gives with a stable machine-readable {@link #code()}; adapters map each
 * {@link Kind} to their own status (HTTP status, a polite WeChat answer).
 */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}

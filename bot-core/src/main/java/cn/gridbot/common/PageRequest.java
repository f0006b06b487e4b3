package cn.gridbot.common;

/** A page to read: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw DomainException.invalid("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}

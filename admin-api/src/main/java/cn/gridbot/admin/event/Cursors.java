package cn.gridbot.admin.event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

import cn.gridbot.common.DomainException;

/**
 * Opaque keyset cursors, base64url-encoded so that clients treat them as tokens. A cursor holds the last
 * item's id and the total counted on the walk's first page: the pages after it are read by id alone and
 * never count a million rows again.
 */
final class Cursors {

    private Cursors() {
    }

    /** Where a walk stands: after the event with id {@code lastId}, of {@code total} when the walk began. */
    record Position(long lastId, OptionalLong total) {
    }

    static String encode(long lastId, long total) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("e" + lastId + "." + total).getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith("e")) {
                throw new IllegalArgumentException();
            }
            int dot = text.indexOf('.');
            if (dot < 0) {
                return new Position(Long.parseLong(text.substring(1)), OptionalLong.empty());
            }
            long total = Long.parseLong(text.substring(dot + 1));
            if (total < 0) {
                throw new IllegalArgumentException();
            }
            return new Position(Long.parseLong(text.substring(1, dot)), OptionalLong.of(total));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", "cursor is not a cursor this API gave out");
        }
    }
}

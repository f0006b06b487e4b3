package cn.gridbot.admin.event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gridbot.common.DomainException;

/** Opaque keyset cursors: the last item's id, base64url-encoded so that clients treat it as a token. */
final class Cursors {

    private Cursors() {
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("e" + id).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith("e")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(text.substring(1));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", "cursor is not a cursor this API gave out");
        }
    }
}

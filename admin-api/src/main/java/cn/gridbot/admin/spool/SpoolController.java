package cn.gridbot.admin.spool;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.conversation.MessageSpool;

/**
 * {@code GET /api/v1/spool} (ADMIN): this instance's spool — how many messages wait to be replayed and which
 * were parked after failing again and again, oldest first, with what went wrong. Each instance has a spool of
 * its own; ask each one. Once the cause is fixed, {@code POST /api/v1/spool/parked/{seq}/retry} puts one parked
 * message back to be replayed, and {@code POST /api/v1/spool/parked/retry} every one (202: the replay, every
 * {@code gridbot.intake.replay-interval}, handles them and pushes each sender the reply).
 */
@RestController
@RequestMapping("/api/v1/spool")
class SpoolController {

    private static final int MAX = 500;

    private final MessageSpool spool;
    private final GridbotSettings settings;

    SpoolController(MessageSpool spool, GridbotSettings settings) {
        this.spool = spool;
        this.settings = settings;
    }

    /** One spooled message: who sent what, when it arrived, how its replays went. */
    record Item(long seq, OffsetDateTime receivedAt, String openid, String kind, String words, int attempts,
            String lastError) {

        static Item of(MessageSpool.Entry e, GridbotSettings settings) {
            return new Item(e.seq(), e.receivedAt().atZone(settings.timeZone()).toOffsetDateTime(), e.message().openid(),
                    e.message().kind().name(), e.message().words(), e.attempts(), e.lastError());
        }
    }

    record SpoolView(int pending, int parked, List<Item> pendingItems, List<Item> parkedItems) {
    }

    /** What a retry put back, and the spool after it. */
    record Retried(int retried, int pending, int parked) {
    }

    @PostMapping("/parked/{seq}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Retried retry(@PathVariable long seq, Principal principal) {
        principal.requireAdmin();
        if (!spool.retry(seq)) {
            throw DomainException.notFound("not-parked", "No parked message " + seq + " in this instance's spool");
        }
        return new Retried(1, spool.pendingCount(), spool.parkedCount());
    }

    @PostMapping("/parked/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Retried retryAll(Principal principal) {
        principal.requireAdmin();
        return new Retried(spool.retryParked(), spool.pendingCount(), spool.parkedCount());
    }

    @GetMapping
    SpoolView show(@RequestParam(required = false) Integer size, Principal principal) {
        principal.requireAdmin();
        int limit = size == null ? 100 : Math.max(1, Math.min(size, MAX));
        return new SpoolView(spool.pendingCount(), spool.parkedCount(),
                spool.pending(limit).stream().map(e -> Item.of(e, settings)).toList(),
                spool.parked(limit).stream().map(e -> Item.of(e, settings)).toList());
    }
}

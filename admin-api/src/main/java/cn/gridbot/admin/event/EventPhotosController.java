package cn.gridbot.admin.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.gridevent.GridEvents;

/**
 * {@code GET /api/v1/events/{number}/photos}: the photos of an event — the resident's with the report, the worker's
 * with the resolution — for whoever may read the event (another unit's: 404, like the event itself).
 */
@RestController
class EventPhotosController {

    record Photo(String kind, String url, OffsetDateTime at) {
    }

    private final GridEvents events;
    private final GridbotSettings settings;

    EventPhotosController(GridEvents events, GridbotSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    @GetMapping("/api/v1/events/{number}/photos")
    List<Photo> photos(@PathVariable String number, Principal principal) {
        return events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .map(e -> events.attachments(e).stream().filter(a -> a.url() != null && !a.url().isBlank())
                        .map(a -> new Photo(a.kind().name(), a.url(), Times.show(a.at(), settings.timeZone()))).toList())
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
    }
}

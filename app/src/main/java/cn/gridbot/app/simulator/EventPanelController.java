package cn.gridbot.app.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * The side panel's data, read from the event store in-process: the simulator runs inside the app, so
 * it needs neither the admin API nor its token.
 */
@RestController
@RequestMapping("/simulator/api/events")
@SimulatorEnabled
class EventPanelController {

    private static final int RECENT = 10;

    private final GridEvents events;
    private final GridCatalog grids;
    private final Workers workers;
    private final GridbotSettings settings;

    EventPanelController(GridEvents events, GridCatalog grids, Workers workers, GridbotSettings settings) {
        this.events = events;
        this.grids = grids;
        this.workers = workers;
        this.settings = settings;
    }

    @GetMapping("/{number}")
    EventPanel one(@PathVariable String number) {
        GridEvent event = events.findByNumber(number).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No event has the number " + number));
        return EventPanel.of(event, settings.timeZone(), this::unitName, this::workerName);
    }

    /** The user's latest events: those they reported and, for a bound worker, those they hold. */
    @GetMapping
    List<EventPanel.Summary> recent(@RequestParam String openid) {
        Map<String, GridEvent> found = new LinkedHashMap<>();
        events.recentByReporter(openid, RECENT).forEach(e -> found.put(e.number(), e));
        workers.findByOpenid(openid).ifPresent(worker -> events.search(new EventQuery(Set.of(), null, null, null,
                worker.code(), null, null, null), new PageRequest(0, RECENT)).items().forEach(e -> found.putIfAbsent(e.number(), e)));
        List<GridEvent> newestFirst = new ArrayList<>(found.values());
        newestFirst.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return newestFirst.stream().limit(RECENT).map(e -> EventPanel.summary(e, settings.timeZone())).toList();
    }

    private String unitName(String code) {
        return grids.directory().find(code).map(GridUnit::name).orElse(code);
    }

    private String workerName(String code) {
        return workers.findByCode(code).map(Worker::name).map(name -> name + "(" + code + ")").orElse(code);
    }
}

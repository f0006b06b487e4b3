package cn.gridbot.app.metrics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEventChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code gridbot_events_created_total{category,source}}: events as their transactions commit (a rolled-back one never counts). */
@Component
class EventMeters {

    /** Exposed as {@code gridbot_events_created_total} ({@link CreatedSeriesNames} says why). */
    static final String EVENTS = "gridbot_events";

    private final MeterRegistry registry;

    EventMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onEventChanged(GridEventChanged change) {
        if (change.before() != null) {
            return;
        }
        GridEvent.State created = change.after();
        Counter.builder("gridbot.events").description("Grid events created")
                .tag("category", created.report().category().name()).tag("source", created.report().source().name())
                .register(registry).increment();
    }
}

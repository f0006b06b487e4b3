package cn.gridbot.app.metrics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gridbot.patrol.PatrolEnded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code gridbot_patrols_total{valid}}: patrols judged at their end, counted when that is committed. */
@Component
class PatrolMeters {

    private final MeterRegistry registry;

    PatrolMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPatrolEnded(PatrolEnded ended) {
        Counter.builder("gridbot.patrols").description("Patrols ended, by whether they were valid")
                .tag("valid", Boolean.toString(ended.valid())).register(registry).increment();
    }
}

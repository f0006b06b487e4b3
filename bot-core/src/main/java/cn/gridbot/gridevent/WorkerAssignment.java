package cn.gridbot.gridevent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * Picks who takes a grid's event: of the workers a push reaches — on duty and bound to
 * WeChat — the one with the fewest open events. A worker who cannot be told is never given a task.
 */
@Component
class WorkerAssignment {

    private final Workers workers;
    private final GridEvents events;

    WorkerAssignment(Workers workers, GridEvents events) {
        this.workers = workers;
        this.events = events;
    }

    public Optional<Worker> pick(String gridCode) {
        List<Worker> onDuty = workers.findByUnit(gridCode).stream().filter(Worker::reachable).toList();
        if (onDuty.size() <= 1) {
            return onDuty.stream().findFirst();
        }
        Map<String, Integer> load = events.openLoad(onDuty.stream().map(Worker::code).toList());
        return onDuty.stream().min(Comparator.comparing((Worker w) -> load.getOrDefault(w.code(), 0))
                .thenComparing(Worker::code));
    }
}

package cn.gridbot.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.Workers;

/**
 * Sends each message to the side of the conversation its sender is on: "绑定" from anyone binds a worker; a bound
 * worker's messages go to the worker side, which answers all their words (a worker is not a resident: their unknown
 * text never becomes a complaint) and passes on only what the resident side answers alike for everyone; everything
 * else goes to the resident side.
 */
@Component
class Conversation implements Dialog {

    private final ResidentDialog residents;
    private final WorkerDialog workerDialog;
    private final Workers workers;
    private final WorkerBinding binding;
    private final GridCatalog grids;

    Conversation(ResidentDialog residents, WorkerDialog workerDialog, Workers workers, WorkerBinding binding,
            GridCatalog grids) {
        this.residents = residents;
        this.workerDialog = workerDialog;
        this.workers = workers;
        this.binding = binding;
        this.grids = grids;
    }

    @Override
    public Handled handle(InboundMessage message) {
        if (message.kind() == MessageKind.TEXT) {
            Optional<Command> command = Command.parse(message.words());
            if (command.isPresent() && command.get() instanceof Command.Bind bind) {
                return bind(message.openid(), bind);
            }
        }
        Optional<Worker> worker = workers.findByOpenid(message.openid());
        if (worker.isPresent()) {
            Optional<Handled> handled = workerDialog.handle(worker.get(), message);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        return residents.handle(message);
    }

    private Handled bind(String openid, Command.Bind bind) {
        WorkerBinding.Outcome outcome = binding.bind(openid, bind.workerCode(), bind.phoneTail());
        if (outcome instanceof WorkerBinding.Bound bound) {
            Worker w = bound.worker();
            String unit = grids.directory().find(w.unitCode()).map(u -> u.name()).orElse(w.unitCode());
            return Handled.reply(WorkerReplies.bound(w.name(), w.code(), unit, bound.already()));
        }
        if (outcome instanceof WorkerBinding.Refused refused) {
            return Handled.reply(WorkerReplies.refused(refused.reason(), refused.attemptsLeft()));
        }
        return Handled.reply(WorkerReplies.LOCKED);
    }
}

package cn.gridbot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.Workers;

/**
 * Sends each message to the side of the conversation its sender is on: "绑定 <code>" or a scan of a
 * binding QR code from anyone binds a worker; a bound worker's messages go to the worker side, which answers
 * all their words (a worker is not a resident: their unknown text never becomes a complaint) and passes on only
 * what the resident side answers alike for everyone; everything else goes to the resident side.
 */
@Component
class Conversation {

    /** The event key of a scanned binding QR code: {@code bind:<code>}, or {@code qrscene_bind:<code>} when the scan follows the account. */
    private static final Pattern BIND_SCENE = Pattern.compile("(?:qrscene_)?" + WorkerBinding.SCENE_PREFIX + "(\\S{1,16})");

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

    /** Turns one message into its effects and a reply; runs inside the message's transaction. */
    Handled handle(InboundMessage message) {
        Optional<String> scanned = scannedBindingCode(message);
        if (scanned.isPresent()) {
            return bind(message.openid(), scanned.get());
        }
        if (message.kind() == MessageKind.TEXT || message.kind() == MessageKind.VOICE) {
            Optional<Command> command = Command.parse(message.words());
            if (command.isPresent() && command.get() instanceof Command.Bind bind) {
                return bind.code() == null ? Handled.reply(WorkerReplies.HOW_TO_BIND) : bind(message.openid(), bind.code());
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

    /** A SCAN event, or a subscribe event that came from a scan, of a binding QR code. */
    private static Optional<String> scannedBindingCode(InboundMessage message) {
        if (message.kind() != MessageKind.EVENT || message.event() == null || message.eventKey() == null) {
            return Optional.empty();
        }
        String event = message.event().toLowerCase();
        if (!event.equals("scan") && !event.equals("subscribe")) {
            return Optional.empty();
        }
        var m = BIND_SCENE.matcher(message.eventKey().strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private Handled bind(String openid, String code) {
        WorkerBinding.Outcome outcome = binding.bind(openid, code);
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

package cn.gridbot.app.simulator;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.Workers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * The binding QR code a supervisor would hand a new worker, for the page: issued exactly as
 * {@code POST /api/v1/workers/{code}/binding-code} issues it, so that the page can "scan" it (a SCAN event
 * with the key {@code bind:<code>}) or the user can type "绑定 <code>". Embedded mode only, like the page.
 */
@RestController
@RequestMapping("/simulator/api")
@SimulatorEnabled
class BindingCodeController {

    record Request(@NotBlank String workerCode) {
    }

    record Issued(String workerCode, String code, String scene, Instant expiresAt) {
    }

    private final Workers workers;
    private final WorkerBinding binding;

    BindingCodeController(Workers workers, WorkerBinding binding) {
        this.workers = workers;
        this.binding = binding;
    }

    @PostMapping("/binding-codes")
    Issued issue(@Valid @RequestBody Request request) {
        Worker worker = workers.findByCode(request.workerCode())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No worker has this code"));
        WorkerBinding.IssuedCode issued = binding.issue(worker, "simulator");
        return new Issued(worker.code(), issued.code(), WorkerBinding.SCENE_PREFIX + issued.code(), issued.expiresAt());
    }
}

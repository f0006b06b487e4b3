package cn.gridbot.app.simulator;

import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page itself is a static file (static/simulator/); this gives it its short address (and the server's root in
 * the embedded mode, where the simulator is on) and serves the photos sent from it.
 */
@Controller
@SimulatorEnabled
class SimulatorPage {

    private final MediaStore media;

    SimulatorPage(MediaStore media) {
        this.media = media;
    }

    /** The address the README's run command prints leads to the simulator, not to an error page. */
    @GetMapping("/")
    String home() {
        return "redirect:/simulator/";
    }

    @GetMapping("/simulator")
    String withSlash() {
        return "redirect:/simulator/";
    }

    @GetMapping("/simulator/")
    String page() {
        return "forward:/simulator/index.html";
    }

    @GetMapping("/simulator/media/{name}")
    ResponseEntity<Resource> photo(@PathVariable String name) {
        var file = media.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such photo"));
        return ResponseEntity.ok().contentType(MediaStore.typeOf(name))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}

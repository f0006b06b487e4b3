package cn.gridbot.app.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.gridbot.admin.account.ConsoleSettings;
import cn.gridbot.common.GridbotSettings;

/**
 * The console (README "Supervisor console"), in every mode: its page and scripts are static files that hold no
 * data; everything they show comes from the admin API under the signed-in user's role and scope.
 */
@Controller
class ConsolePage {

    private final ConsoleSettings settings;
    private final GridbotSettings gridbot;
    private final Clock clock;

    ConsolePage(ConsoleSettings settings, GridbotSettings gridbot, Clock clock) {
        this.settings = settings;
        this.gridbot = gridbot;
        this.clock = clock;
    }

    @GetMapping("/console")
    String withSlash() {
        return "redirect:/console/";
    }

    @GetMapping("/console/")
    String page() {
        return "forward:/console/index.html";
    }

    /**
     * What the page needs before signing in: the map's tile server, if one is configured (none: polygons only), and
     * the county's date today (its own time zone, not the browser's), for the workers page's patrols of today.
     */
    @GetMapping("/console/settings")
    @ResponseBody
    Map<String, String> settings() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("tileUrl", blankToNull(settings.tileUrl()));
        body.put("tileAttribution", blankToNull(settings.tileAttribution()));
        body.put("today", LocalDate.now(clock.withZone(gridbot.timeZone())).toString());
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

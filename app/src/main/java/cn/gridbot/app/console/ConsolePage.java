package cn.gridbot.app.console;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.gridbot.admin.account.ConsoleSettings;

/**
 * The console (README "Supervisor console"), in every mode: its page and scripts are static files that hold no
 * data; everything they show comes from the admin API under the signed-in user's role and scope.
 */
@Controller
class ConsolePage {

    private final ConsoleSettings settings;

    ConsolePage(ConsoleSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/console")
    String withSlash() {
        return "redirect:/console/";
    }

    @GetMapping("/console/")
    String page() {
        return "forward:/console/index.html";
    }

    /** What the page needs before signing in: the map's tile server, if one is configured (none: polygons only). */
    @GetMapping("/console/settings")
    @ResponseBody
    Map<String, String> settings() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("tileUrl", blankToNull(settings.tileUrl()));
        body.put("tileAttribution", blankToNull(settings.tileAttribution()));
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

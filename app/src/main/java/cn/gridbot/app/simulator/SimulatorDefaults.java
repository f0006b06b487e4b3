package cn.gridbot.app.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When pushes go to the simulator, gives the local demo account template ids, as a real account has
 * them, so the page shows those kinds as template cards. STATUS_CHANGED gets none: it goes as a
 * customer-service text, as on an account without that template. Configured ids win; production,
 * which delivers through WeChat, never sees these.
 */
class SimulatorDefaults implements EnvironmentPostProcessor, Ordered {

    private static final List<String> TEMPLATED = List.of("TASK_ASSIGNED", "SIGN_OVERDUE", "RATING_REQUEST",
            "BIRTHDAY_UPCOMING", "BIRTHDAY_TODAY", "VISIT_DUE", "VISIT_OVERDUE", "CHECK_DUE", "CHECK_OVERDUE", "DAILY_DIGEST");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"simulator".equals(environment.getProperty("gridbot.notify.channel"))) {
            return;
        }
        Map<String, Object> templates = new LinkedHashMap<>();
        for (String kind : TEMPLATED) {
            templates.put("gridbot.wechat.templates." + kind, "demo-" + kind.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        environment.getPropertySources().addLast(new MapPropertySource("gridbot-simulator-templates", templates));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

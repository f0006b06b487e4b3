package cn.gridbot.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.calendar.WorkingCalendar;
import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Says at start-up what an operator must fix, without printing any secret: a missing or short admin
 * token, an account without safe mode or secret, years without a holiday calendar. The calendar is read from the
 * database; when it cannot be reached (lost right after start-up) the check says so and the application goes on.
 */
@Component
class StartupChecks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupChecks.class);
    private static final int MIN_TOKEN = 24;

    private final AdminProperties admin;
    private final WeChatProperties wechat;
    private final WorkingCalendar calendar;

    private final boolean pushesToWeChat;

    StartupChecks(AdminProperties admin, WeChatProperties wechat, WorkingCalendar calendar, Environment environment) {
        this.pushesToWeChat = "wechat".equals(environment.getProperty("gridbot.notify.channel", "wechat"));
        this.admin = admin;
        this.wechat = wechat;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.bootstrapToken().isEmpty()) {
            log.warn("gridbot.admin.bootstrap-token is not set: the admin API refuses every request");
        } else if (admin.bootstrapToken().length() < MIN_TOKEN) {
            log.warn("gridbot.admin.bootstrap-token is shorter than {} characters; use a long random token", MIN_TOKEN);
        }
        if (pushesToWeChat && (wechat.secret() == null || wechat.secret().isBlank())) {
            log.warn("gridbot.wechat.secret is not set: pushes to WeChat will fail until it is");
        }
        if (!wechat.safeMode()) {
            log.info("WeChat safe mode is off (no gridbot.wechat.aes-key): messages are accepted in plaintext mode");
        }
        log.info("{}; holiday calendar loaded for {}", wechat, knownYears());
    }

    private String knownYears() {
        try {
            return String.valueOf(calendar.knownYears());
        } catch (RuntimeException e) {
            Throwable away = DataStoreFailures.unreachable(e);
            if (away == null) {
                throw e;
            }
            return "no year yet: the database is not reachable (" + away.getClass().getSimpleName() + ")";
        }
    }
}

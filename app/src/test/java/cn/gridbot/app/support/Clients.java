package cn.gridbot.app.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The two ways into the application under test, set up once: WeChat's server posting signed (and, for an
 * account with an AES key, encrypted) messages to the portal, signed on the application's movable clock, and
 * the admin API with the bootstrap ADMIN token.
 */
@TestComponent
public class Clients {

    private final Environment environment;
    private final WeChatProperties wechat;
    private final AdminProperties admin;
    private final TestClock clock;

    Clients(Environment environment, WeChatProperties wechat, AdminProperties admin, TestClock clock) {
        this.environment = environment;
        this.wechat = wechat;
        this.admin = admin;
        this.clock = clock;
    }

    public WeChatClient wechat() {
        return new WeChatClient(port(), wechat.appId(), wechat.token(), wechat.aesKey()).onClock(clock);
    }

    public AdminClient api() {
        return new AdminClient(port());
    }

    public String adminToken() {
        return admin.bootstrapToken();
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }
}

package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.context.TestPropertySource;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The two switches an operator turns in production: {@code gridbot.admin.api-docs=false} (the prod
 * profile's default) takes the API description off the server, and {@code gridbot.wechat.accept-plaintext}
 * lets plaintext messages in beside encrypted ones while the account switches to safe mode.
 */
@IntegrationTest
@TestPropertySource(properties = { "gridbot.admin.api-docs=false", "gridbot.wechat.accept-plaintext=true" })
class ProductionSwitchesIT {

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;

    @BeforeEach
    void setUp() {
        county.load();
    }

    @Test
    void withApiDocsOffNeitherTheDescriptionNorSwaggerUiIsServed() {
        AdminClient api = clients.api();
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(404);
        assertThat(api.get("/v3/api-docs/swagger-config", null).status()).isEqualTo(404);
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(404);
        assertThat(api.get("/swagger-ui.html", null).status()).isEqualTo(404);
        assertThat(api.get("/actuator/health", null).raw()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void whileSwitchingModesPlaintextIsAcceptedBesideEncryptedMessages() {
        WeChatClient wx = clients.wechat();
        String plain = WeChatClient.textXml("o-switch", "幸福路下水道堵了", WeChatClient.nextMsgId(), WeChatClient.now());
        assertThat(wx.postPlaintext(plain).content()).contains("事件编号");
        String encrypted = WeChatClient.textXml("o-switch", "建设路路灯坏了", WeChatClient.nextMsgId(), WeChatClient.now());
        assertThat(wx.postEncrypted(encrypted).content()).contains("事件编号");
    }
}

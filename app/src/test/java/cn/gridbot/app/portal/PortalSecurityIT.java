package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/** Everything the portal must refuse (README "Failure behaviour", "Admin API"): each refused, and nothing stored. */
@IntegrationTest
class PortalSecurityIT {

    private static final String COMPLAINT = "幸福路下水道堵了,臭得很";

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;

    WeChatClient client;

    @BeforeEach
    void setUp() {
        county.load();
        client = clients.wechat();
    }

    @Test
    void refusesABadSignature() {
        String xml = WeChatClient.textXml("o-resident", COMPLAINT, WeChatClient.nextMsgId(), WeChatClient.now());
        var response = client.postRaw(client.portalPath(),
                "signature=0000000000000000000000000000000000000000&timestamp=" + WeChatClient.now() + "&nonce=1",
                bytes(xml));
        assertThat(response.status()).isEqualTo(403);
        assertNothingStored();
    }

    @Test
    void refusesAMissingSignature() {
        var response = client.postRaw(client.portalPath(), "timestamp=" + WeChatClient.now(), bytes("<xml/>"));
        assertThat(response.status()).isEqualTo(403);
        assertNothingStored();
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOff() {
        long stale = WeChatClient.now() - 301;
        String xml = WeChatClient.textXml("o-resident", COMPLAINT, WeChatClient.nextMsgId(), stale);
        assertThat(client.postRaw(client.portalPath(), client.signedQuery(stale), bytes(xml)).status()).isEqualTo(403);
        long future = WeChatClient.now() + 400;
        assertThat(client.postRaw(client.portalPath(), client.signedQuery(future), bytes(xml)).status()).isEqualTo(403);
        assertNothingStored();
    }

    @Test
    void answersNotFoundForAnotherAccountsPath() {
        String xml = WeChatClient.textXml("o-resident", COMPLAINT, WeChatClient.nextMsgId(), WeChatClient.now());
        var response = client.postRaw("/wx/portal/wxsomebodyelse0001", client.signedQuery(WeChatClient.now()), bytes(xml));
        assertThat(response.status()).isEqualTo(404);
        assertNothingStored();
    }

    @Test
    void refusesACiphertextEncryptedForAnotherAppId() {
        String xml = WeChatClient.textXml("o-resident", COMPLAINT, WeChatClient.nextMsgId(), WeChatClient.now());
        var response = client.postEncrypted(xml, "wxanotheraccount01");
        assertThat(response.status()).isEqualTo(403);
        assertNothingStored();
    }

    @Test
    void refusesABodyOver64KiB() {
        String padding = "堵".repeat(22_000);
        String xml = WeChatClient.textXml("o-resident", padding, WeChatClient.nextMsgId(), WeChatClient.now());
        assertThat(bytes(xml).length).isGreaterThan(64 * 1024);
        var response = client.postRaw(client.portalPath(), client.signedQuery(WeChatClient.now()), bytes(xml));
        assertThat(response.status()).isEqualTo(413);
        assertNothingStored();
    }

    @Test
    void refusesXmlWithEntities() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>o-resident</FromUserName><CreateTime>"
                + WeChatClient.now() + "</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>";
        var response = client.postRaw(client.portalPath(), client.signedQuery(WeChatClient.now()), bytes(xml));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("root:");
        assertNothingStored();
    }

    @Test
    void refusesMalformedXml() {
        for (String xml : new String[] { "<xml><ToUserName>gh</ToUserName><Content>unclosed", "not xml at all", "" }) {
            var response = client.postRaw(client.portalPath(), client.signedQuery(WeChatClient.now()), bytes(xml));
            assertThat(response.status()).as(xml).isEqualTo(400);
        }
        assertNothingStored();
    }

    @Test
    void refusesAPlaintextMessageWhenTheAccountIsInSafeMode() {
        // Its signature covers the query string only: replayed from an access log, it would carry any body.
        String xml = WeChatClient.textXml("o-resident", COMPLAINT, WeChatClient.nextMsgId(), WeChatClient.now());
        var response = client.postPlaintext(xml);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("plaintext");
        assertNothingStored();
        assertThat(client.postEncrypted(xml).content()).contains("事件编号");
    }

    @Test
    void keepsTheReplyWellFormedWhenTheTextContainsCdataEnd() {
        var response = client.text("o-resident", "幸福路路灯坏了]]><script>alert(1)</script>");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.content()).contains("事件编号");
        assertThat(state.count("grid_event")).isEqualTo(1);
    }

    private void assertNothingStored() {
        assertThat(state.count("inbound_message")).isZero();
        assertThat(state.count("grid_event")).isZero();
        assertThat(state.count("notification")).isZero();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

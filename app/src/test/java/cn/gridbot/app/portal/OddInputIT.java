package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Input of any legal size and kind (README "Failure behaviour"): every correctly signed message is answered
 * 200 — long stories kept whole, long keys and addresses handled, empty and odd messages answered politely,
 * WeChat's own reports acknowledged — and nothing is half-written.
 */
@IntegrationTest
class OddInputIT {

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient client;

    @BeforeEach
    void setUp() {
        county.load();
        client = clients.wechat();
    }

    @Test
    void aThreeThousandCharacterStoryBecomesAnEventWithItsWholeText() {
        String story = "幸福路下水道堵了," + "前天开始冒水,臭得很,老人小孩都绕着走。".repeat(150);
        assertThat(story.length()).isGreaterThan(3000);
        var reply = client.postEncrypted(text("o-long-story", story));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.content()).contains("事件编号");
        assertThat(descriptionOf(WeChatClient.eventNumberIn(reply.content()))).isEqualTo(story);
    }

    @Test
    void theLongestTextThePortalTakesBecomesAnEventWithItsWholeText() {
        String story = "幸福路垃圾没人收," + "垃圾堆成山了".repeat(2600);
        String xml = text("o-longest", story);
        assertThat(client.encryptedBodySize(xml)).as("the encrypted message fits the 64 KiB body limit")
                .isBetween(60 * 1024, 64 * 1024);
        var reply = client.postEncrypted(xml);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(descriptionOf(WeChatClient.eventNumberIn(reply.content()))).isEqualTo(story);
    }

    @Test
    void aMenuLinkWithALongUrlIsAcknowledgedOnceEvenWhenRetried() {
        String url = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri="
                + "https%3A%2F%2Fgrid.example.cn%2Fh5%2Fevents%3Fq%3D".repeat(40) + "#wechat_redirect";
        String xml = WeChatClient.eventXml("o-menu-link", "VIEW", url, WeChatClient.now());
        var first = client.postEncrypted(xml);
        var retry = client.postEncrypted(xml);
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(state.count("inbound_message")).isEqualTo(1);
        var click = client.postEncrypted(WeChatClient.eventXml("o-menu-link", "CLICK", "X".repeat(600), WeChatClient.now() + 1));
        assertThat(click.status()).isEqualTo(200);
        assertThat(click.content()).isNotBlank();
    }

    @Test
    void emptyAndBlankTextsGetAPoliteAnswerAndNoEvent() {
        for (String blank : List.of("", "   ", "\n\t  \n", "　　")) {
            var reply = client.postEncrypted(text("o-blank", blank));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.content()).contains("没有看到文字内容");
        }
        assertThat(state.count("grid_event")).isZero();
    }

    @Test
    void emojiAreKeptAsTheResidentWroteThem() {
        String words = "幸福路😡😡垃圾堆成山了🗑️臭死了🤮";
        var reply = client.postEncrypted(text("o-emoji", words));
        assertThat(descriptionOf(WeChatClient.eventNumberIn(reply.content()))).isEqualTo(words);
    }

    @Test
    void aLocationOutsideTheWorldIsAskedForAgain() {
        var reply = client.postEncrypted(WeChatClient.locationXml("o-nowhere", 200.5, 95.1, "火星", WeChatClient.nextMsgId(),
                WeChatClient.now()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.content()).contains("没有读到位置信息");
    }

    @Test
    void linksFilesVideosAndUnknownTypesGetAPoliteAnswerAndNoEvent() {
        for (String type : List.of("link", "file", "video", "shortvideo", "music", "miniprogrampage", "somethingnew")) {
            var reply = client.postEncrypted(WeChatClient.message("o-odd-" + type, type, WeChatClient.now(),
                    "<Title><![CDATA[看看这个]]></Title><Url><![CDATA[https://example.cn/a]]></Url><MediaId><![CDATA[m1]]></MediaId>",
                    WeChatClient.nextMsgId()));
            assertThat(reply.status()).as(type).isEqualTo(200);
            assertThat(reply.content()).as(type).contains("暂时无法处理");
        }
        assertThat(state.count("grid_event")).isZero();
        assertThat(state.count("inbound_message")).isEqualTo(7);
    }

    @Test
    void weChatsOwnReportsAreAcknowledgedWithoutWords() {
        long at = WeChatClient.now();
        for (String event : List.of("TEMPLATESENDJOBFINISH", "MASSSENDJOBFINISH", "LOCATION", "unsubscribe", "VIEW")) {
            var reply = client.postEncrypted(WeChatClient.eventXml("o-reports", event, null, at++));
            assertThat(reply.status()).as(event).isEqualTo(200);
            assertThat(reply.body()).as(event).isEqualTo("success");
        }
        assertThat(state.count("grid_event")).isZero();
    }

    @Test
    void aLongAddressIsCutOnTheEventAndKeptWholeInTheTimeline() {
        assertThat(client.postEncrypted(text("o-long-address", "路灯坏了好几天了")).content()).contains("什么地方");
        String address = "幸福路" + "进去左转再右转过了小卖部看到大黄狗再往前走".repeat(30) + "那根杆子";
        var reply = client.postEncrypted(text("o-long-address", address));
        String number = WeChatClient.eventNumberIn(reply.content());
        String stored = jdbc.queryForObject("SELECT address FROM grid_event WHERE number = ?", String.class, number);
        assertThat(stored).hasSize(200).endsWith("…").startsWith("幸福路");
        assertThat(timelineNotes(number).stream().filter(note -> note.contains(address)).count())
                .as("the whole address in the timeline").isEqualTo(1);
    }

    @Test
    void aLongResolutionIsCutOnTheEventAndKeptWholeInTheTimeline() {
        String number = WeChatClient.eventNumberIn(client.postEncrypted(text("o-resolution", "幸福路井盖坏了")).content());
        client.postEncrypted(text(TestCounty.WORKER_ONE_OPENID, "签收 " + number));
        String result = "已更换井盖," + "现场拉了警戒线并通知了社区。".repeat(250);
        var resolved = client.postEncrypted(text(TestCounty.WORKER_ONE_OPENID, "办结 " + number + " " + result));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.content()).contains("已办结");
        String stored = jdbc.queryForObject("SELECT resolution FROM grid_event WHERE number = ?", String.class, number);
        assertThat(stored).hasSize(1000).endsWith("…");
        String whole = result.substring(0, result.length() - 1); // the command drops its closing full stop
        assertThat(timelineNotes(number).stream().filter(whole::equals).count()).as("the whole result in the timeline")
                .isEqualTo(1);
    }

    private String descriptionOf(String number) {
        return jdbc.queryForObject("SELECT description FROM grid_event WHERE number = ?", String.class, number);
    }

    private List<String> timelineNotes(String number) {
        return jdbc.queryForList("SELECT t.note FROM event_timeline t JOIN grid_event e ON e.id = t.event_id "
                + "WHERE e.number = ? AND t.note IS NOT NULL ORDER BY t.id", String.class, number);
    }

    private static String text(String openid, String content) {
        return WeChatClient.textXml(openid, content, WeChatClient.nextMsgId(), WeChatClient.now());
    }
}

package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The masking policy end to end: phone and ID numbers planted — plain, spaced, dashed,
 * full-width, and across the cut of a 60- and a 20-character excerpt — in every field residents, workers
 * and supervisors write (complaint text, address answer, location label, the worker's 办结 text, timeline
 * notes), then searched for in every answer a non-ADMIN token gets (lists, details, action answers, CSV,
 * Open311), in every reply and push to a person, and in the outbox table. An ADMIN still sees them whole.
 */
@IntegrationTest
class MaskingIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;
    /** What is planted, as written, and the digits it stands for. */
    private static final Map<String, String> PLANTED = new LinkedHashMap<>();

    static {
        PLANTED.put("13957319246", "13957319246");
        PLANTED.put("158 7364 2918", "15873642918");
        PLANTED.put("186-4927-5316", "18649275316");
        PLANTED.put("１３７４８２６３９５１", "13748263951");
        PLANTED.put("51010219870314283X", "51010219870314283X");
        PLANTED.put("510104 19650822 4417", "510104196508224417");
    }

    /** Cut by the 60-character excerpt of task pushes: starts at index 54 of the complaint. */
    private static final String AT_THE_60_CUT = "15639827461";
    /** Cut by the 20-character note of status pushes ("已办结:" and the result): starts at index 14. */
    private static final String AT_THE_20_CUT = "13594716283";

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;

    AdminClient api;
    WeChatClient wx;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        wx = clients.wechat();
    }

    private static String allNumbers() {
        return String.join(",", PLANTED.keySet());
    }

    private String token(String role) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + TestCounty.EAST_TOWN
                + "\",\"label\":\"" + role + "\"}", admin.bootstrapToken()).body().get("token").asString();
    }

    private String reply(String openid, String text) {
        String content = wx.text(openid, text).content();
        seen.add(content);
        return content;
    }

    private String act(String supervisor, String number, String action, String body) {
        AdminClient.Answer answer = api.post("/api/v1/events/" + number + "/" + action, body, supervisor);
        assertThat(answer.status()).as(action + " " + answer.raw()).isEqualTo(200);
        seen.add(answer.raw());
        return answer.raw();
    }

    @Test
    void noNonAdminAnswerReplyOrPushCarriesAPlantedNumber() {
        String supervisor = token("SUPERVISOR");
        String viewer = token("VIEWER");

        // The complaint text, with a number across the 60-character cut of the task push.
        String complaint = "幸福路下水道堵了臭得很" + "快".repeat(54 - 11) + AT_THE_60_CUT + ",我电话" + allNumbers();
        assertThat(complaint.indexOf(AT_THE_60_CUT)).isEqualTo(54);
        String a = WeChatClient.eventNumberIn(reply("o-mask-1", complaint));
        // An address answer, and a location's label.
        reply("o-mask-2", "路灯坏了好几天了");
        String b = WeChatClient.eventNumberIn(reply("o-mask-2", "幸福路12号门口 联系" + allNumbers()));
        reply("o-mask-3", "垃圾好几天没人收了臭得很");
        var located = wx.location("o-mask-3", 104.005, 30.005, "幸福路88号 物业" + allNumbers());
        seen.add(located.content());
        String c = WeChatClient.eventNumberIn(located.content());

        // The worker's resolution, with a number across the 20-character note of the status push.
        reply(WORKER, "签收 " + a);
        String result = "已疏通" + "请".repeat(7) + AT_THE_20_CUT + "回访" + allNumbers();
        reply(WORKER, "办结 " + a + " " + result);
        reply("o-mask-1", "查询 " + a);
        // Supervisors' notes in the timeline, each answered with the event.
        String note = "{\"note\":\"居民说" + allNumbers() + "\"}";
        act(supervisor, a, "close", note);
        act(supervisor, a, "reopen", note);
        act(supervisor, a, "assign", "{\"workerCode\":\"W101\",\"note\":\"再派王一 电话" + allNumbers() + "\"}");
        act(supervisor, a, "escalate", note);
        reply(WORKER, "任务");
        // One resolved and rated, so Open311 shows the resolution as its status notes.
        String d = WeChatClient.eventNumberIn(reply("o-mask-4", "幸福路井盖丢了很危险"));
        reply(WORKER, "签收 " + d);
        reply(WORKER, "办结 " + d + " 已补盖 " + AT_THE_20_CUT + "," + allNumbers());
        reply("o-mask-4", "5");
        reply("o-mask-4", "查询 " + d);

        assertPlantedAsWrittenFor(admin.bootstrapToken(), a, b, c, d);
        for (String reader : new String[] { supervisor, viewer }) {
            for (String path : new String[] { "/api/v1/events?size=500", "/api/v1/events.csv", "/api/v1/notifications?size=500",
                    "/api/v1/residents", "/open311/v2/requests.json", "/api/v1/events/" + a, "/api/v1/events/" + b,
                    "/api/v1/events/" + c, "/api/v1/events/" + d, "/open311/v2/requests/" + a + ".json",
                    "/open311/v2/requests/" + b + ".json", "/open311/v2/requests/" + c + ".json",
                    "/open311/v2/requests/" + d + ".json", "/open311/v2/requests.xml", "/open311/v2/requests/" + a + ".xml",
                    "/open311/v2/requests/" + b + ".xml", "/open311/v2/requests/" + c + ".xml",
                    "/open311/v2/requests/" + d + ".xml", "/api/v1/events/" + c + "/photos", "/api/v1/session" }) {
                AdminClient.Answer answer = api.get(path, reader);
                assertThat(answer.status()).as(path).isEqualTo(200);
                seen.add(answer.raw());
            }
        }

        while (dispatcher.deliverDue() > 0) {
            // Every push due now goes to the fake WeChat.
        }
        List<FakeWeChat.Sent> pushes = FakeWeChat.instance().sent();
        assertThat(pushes).extracting(FakeWeChat.Sent::toUser).contains("o-mask-1", "o-mask-4", WORKER);
        pushes.forEach(push -> seen.add(push.body().toString()));
        seen.addAll(jdbc.queryForList("SELECT payload FROM notification", String.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind IN ('STATUS_CHANGED', 'RATING_REQUEST')",
                Integer.class)).isGreaterThanOrEqualTo(5);

        for (String text : seen) {
            assertNoPlantedDigits(text);
        }
    }

    /** The numbers are really there: an ADMIN reads them whole, so the search above is not vacuous. */
    private void assertPlantedAsWrittenFor(String adminToken, String a, String b, String c, String d) {
        String first = normalised(api.get("/api/v1/events/" + a, adminToken).raw());
        assertThat(first).contains(AT_THE_60_CUT).contains(AT_THE_20_CUT).contains(PLANTED.values());
        assertThat(normalised(api.get("/api/v1/events/" + b, adminToken).body().get("address").asString()))
                .contains(PLANTED.values());
        assertThat(normalised(api.get("/api/v1/events/" + c, adminToken).body().get("address").asString()))
                .contains(PLANTED.values());
        assertThat(normalised(api.get("/api/v1/events/" + d, adminToken).body().get("resolution").asString()))
                .contains(AT_THE_20_CUT).contains(PLANTED.values());
    }

    /**
     * A mask shows at most the first three and last four digits of a mobile, or the six-digit region and
     * the check character of an ID number: any six consecutive digits of a planted mobile, or seven of an
     * ID number, is a leak.
     */
    private static void assertNoPlantedDigits(String text) {
        // Decimals (confidences, coordinates) are no phone numbers, but their long fractions could match by chance.
        String plain = normalised(text).replaceAll("[0-9]+\\.[0-9]+", "");
        List<String> all = new ArrayList<>(PLANTED.values());
        all.add(AT_THE_60_CUT);
        all.add(AT_THE_20_CUT);
        for (String digits : all) {
            int window = digits.length() == 11 ? 6 : 7;
            for (int i = 0; i + window <= digits.length(); i++) {
                String part = digits.substring(i, i + window);
                assertThat(plain).as("digits %s of %s in %s", part, digits, text).doesNotContain(part);
            }
        }
    }

    /** Full-width digits as ASCII, and no spaces or dashes between digits: the way a reader would read the number. */
    private static String normalised(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            ascii.append(ch >= '０' && ch <= '９' ? (char) ('0' + ch - '０') : ch == 'Ｘ' ? 'X' : ch);
        }
        return ascii.toString().replaceAll("(?<=[0-9])[ \\u3000\\-－]+(?=[0-9Xx])", "").toUpperCase();
    }
}

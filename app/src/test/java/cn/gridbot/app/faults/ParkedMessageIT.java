package cn.gridbot.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.AdminClient.Answer;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.Waits;
import cn.gridbot.conversation.MessageSpool;
import cn.gridbot.notify.OutboxDispatcher;

/**
 * README "Failure behaviour": a spooled message whose replay keeps failing for a reason other than the database
 * being away (here a trigger that refuses one resident's message, as a bad migration would) is parked, never
 * dropped; the log says so as an ERROR with the way out, {@code gridbot_spool_parked} counts it, and once the cause is
 * fixed an ADMIN's {@code POST /api/v1/spool/parked/{seq}/retry} has it filed and its number pushed to the resident.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = { "gridbot.intake.replay-interval=PT0.5S", "gridbot.intake.replay-attempts=2" })
class ParkedMessageIT {

    private static final String RESIDENT = "o-parked-fire";

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    TestCounty county;
    @Autowired
    TestState state;
    @Autowired
    MessageSpool spool;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxDispatcher dispatcher;

    @BeforeEach
    void refuseTheResidentsMessage() {
        county.load();
        dropTheTrigger();
        jdbc.execute("""
                CREATE TRIGGER it_parked_message BEFORE INSERT ON inbound_message FOR EACH ROW
                IF NEW.openid = 'o-parked-fire' THEN
                  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rejected by ParkedMessageIT';
                END IF""");
    }

    @AfterEach
    void dropTheTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS it_parked_message");
    }

    @Test
    void aParkedEmergencyIsCountedLoggedAndFiledOnceAnAdminRetriesIt(CapturedOutput log) throws InterruptedException {
        AdminClient api = clients.api();
        String scraper = api.post("/api/v1/tokens", "{\"role\":\"METRICS\",\"label\":\"parked-it\"}", admin.bootstrapToken())
                .body().get("token").asString();
        String fire = clients.wechat().text(RESIDENT, "幸福路3号厨房着火了，火好大，我婆婆还在里面").content();
        assertThat(fire).as("told what to do at once").startsWith("⚠️ 情况紧急请立即拨打").contains("119");

        assertThat(Waits.within(Duration.ofSeconds(30), () -> spool.parkedCount() == 1)).as("parked after two failed replays").isTrue();
        assertThat(spool.pendingCount()).isZero();
        assertThat(parkedGauge(api, scraper)).isEqualTo(1.0);
        assertThat(log.getOut()).contains("failed 2 times; parked as").contains("/api/v1/spool/parked/")
                .doesNotContain("rejected by ParkedMessageIT").doesNotContain("婆婆").doesNotContain(RESIDENT);

        Answer view = api.get("/api/v1/spool", admin.bootstrapToken());
        long seq = view.body().path("parkedItems").get(0).path("seq").asLong();
        assertThat(view.body().path("parkedItems").get(0).path("lastError").asString()).isNotBlank();
        dropTheTrigger();
        Thread.sleep(1_500);
        assertThat(state.eventsOf(RESIDENT)).as("a parked message is not tried again on its own, even once it could be")
                .isZero();
        assertThat(spool.parkedCount()).isEqualTo(1);

        assertThat(api.post("/api/v1/spool/parked/" + seq + "/retry", "", scraper).status()).as("only ADMIN retries")
                .isEqualTo(403);
        Answer retried = api.post("/api/v1/spool/parked/" + seq + "/retry", "", admin.bootstrapToken());
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.body().path("retried").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/spool/parked/" + seq + "/retry", "", admin.bootstrapToken()).status())
                .as("no longer parked").isEqualTo(404);

        assertThat(Waits.within(Duration.ofSeconds(30), () -> spool.pendingCount() == 0 && state.eventsOf(RESIDENT) == 1))
                .as("replayed and filed").isTrue();
        assertThat(spool.parkedCount()).isZero();
        assertThat(parkedGauge(api, scraper)).isZero();
        assertThat(jdbc.queryForObject("SELECT urgent FROM grid_event WHERE reporter_openid = ?", Boolean.class, RESIDENT))
                .as("filed as the emergency it is").isTrue();
        String number = jdbc.queryForObject("SELECT number FROM grid_event WHERE reporter_openid = ?", String.class, RESIDENT);
        while (dispatcher.deliverDue() > 0) {
            // deliver the SPOOL_REPLY push
        }
        assertThat(FakeWeChat.instance().sent()).filteredOn(m -> m.toUser().equals(RESIDENT)).singleElement()
                .satisfies(m -> assertThat(m.body().path("text").path("content").asString()).contains(number));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE path = ? AND status = 202", Integer.class,
                "/api/v1/spool/parked/" + seq + "/retry")).as("the retry is in the audit trail").isEqualTo(1);
    }

    private static double parkedGauge(AdminClient api, String scraper) {
        String exposed = api.get("/actuator/prometheus", scraper).raw();
        return exposed.lines().filter(l -> l.startsWith("gridbot_spool_parked")).mapToDouble(l -> Double.parseDouble(
                l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow(() -> new AssertionError(
                        "gridbot_spool_parked is not exposed"));
    }
}

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

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.conversation.MessageSpool;

/**
 * README "Failure behaviour", "An unexpected error": the database is up but refuses the message — here a trigger that
 * rejects what two residents send, as a broken constraint or a bug would. Each is answered at once, spooled, and filed
 * once the cause is gone; an emergency among them is told the numbers to call first, though nothing could be filed. The
 * log says what failed without the database's message or anything the residents wrote.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = { "gridbot.intake.replay-interval=PT1S", "gridbot.intake.replay-attempts=1000" })
class UnexpectedFailureIT {

    private static final String OOPS = "系统开小差了,请稍后再试";

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestState state;
    @Autowired
    MessageSpool spool;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void rejectTheirMessages() {
        county.load();
        dropTheTrigger();
        jdbc.execute("""
                CREATE TRIGGER it_unexpected_failure BEFORE INSERT ON inbound_message FOR EACH ROW
                IF NEW.openid LIKE 'o-unexpected-%' THEN
                  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rejected by UnexpectedFailureIT';
                END IF""");
    }

    @AfterEach
    void dropTheTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS it_unexpected_failure");
    }

    @Test
    void aMessageTheDatabaseRefusesIsAnsweredWithTheNumbersFirstForAnEmergencyAndFiledOnceTheCauseIsGone(CapturedOutput log)
            throws InterruptedException {
        WeChatClient client = clients.wechat();

        String fire = client.text("o-unexpected-fire", "幸福路3号厨房着火了，火好大，我婆婆还在里面").content();
        String garbage = client.text("o-unexpected-garbage", "幸福路垃圾三天没人收了").content();

        assertThat(fire).as("an emergency is told what to do before the failure")
                .startsWith("⚠️ 情况紧急请立即拨打").contains("119").endsWith(OOPS);
        assertThat(garbage).as("a complaint is told the failure, and no alarm").isEqualTo(OOPS);
        assertThat(state.eventsOf("o-unexpected-fire") + state.eventsOf("o-unexpected-garbage")).isZero();
        assertThat(spool.pendingCount()).as("both kept for another try").isEqualTo(2);

        dropTheTrigger();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (spool.pendingCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(spool.pendingCount()).as("replayed once the cause is gone").isZero();
        assertThat(spool.parkedCount()).isZero();
        assertThat(state.eventsOf("o-unexpected-fire")).isEqualTo(1);
        assertThat(state.eventsOf("o-unexpected-garbage")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT urgent FROM grid_event WHERE reporter_openid = 'o-unexpected-fire'",
                Boolean.class)).as("the fire is filed as an emergency").isTrue();
        assertThat(log.getOut()).as("the failure is logged").contains("Unexpected failure handling msg")
                .doesNotContain("rejected by UnexpectedFailureIT").doesNotContain("婆婆").doesNotContain("垃圾三天")
                .doesNotContain("o-unexpected-");
    }
}

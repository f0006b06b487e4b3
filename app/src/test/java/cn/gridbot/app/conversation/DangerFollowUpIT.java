package cn.gridbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.NotRuledOut;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classifier;
import cn.gridbot.conversation.DangerFollowUp;
import cn.gridbot.conversation.UnansweredDangers;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.QueueReason;

/**
 * A complaint whose danger the classifier did not rule out and whose resident stops answering — the category question
 * after a message read as no complaint, or "where is it?" — is filed as it stands once its follow-up is due (five
 * minutes), flagged for the centre to check (with no place known, in the county centre's queue); the resident is
 * told by a push. One answered in time, and a calm draft,
 * are never filed by the follow-up. Through the signed portal on the real database, the follow-up run by hand.
 */
@IntegrationTest
class DangerFollowUpIT {

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestState state;
    @Autowired
    TestClock clock;
    @Autowired
    GridEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Classifier classifier;
    @Autowired
    DangerFollowUp followUp;
    @Autowired
    UnansweredDangers unanswered;

    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
    }

    @Test
    void aMessageReadAsNoComplaintWhoseResidentDoesNotAnswerTheQuestionIsFiledForTheCentreToCheck() {
        String aside = NotRuledOut.noComplaint(classifier);
        assertThat(wx.text("o-silent", aside).content()).contains("回复数字");

        clock.advance(Duration.ofMinutes(4));
        followUp.run();
        assertThat(state.count("grid_event")).as("not before five minutes").isZero();

        clock.advance(Duration.ofMinutes(2));
        followUp.run();
        followUp.run();
        List<GridEvent> filed = events.recentByReporter("o-silent", 5);
        assertThat(filed).as("filed once, however often the follow-up runs").singleElement().satisfies(event -> {
            assertThat(event.urgent()).isFalse();
            assertThat(event.report().dangerNotRuledOut()).isTrue();
            assertThat(event.category()).isNotIn(Category.EMERGENCY, Category.OTHER);
            assertThat(event.report().description()).isEqualTo(aside);
        });
        String number = filed.get(0).number();
        assertThat(payloads("FOLLOW_UP:" + number)).singleElement().satisfies(push -> assertThat(push)
                .contains("为稳妥起见已先登记").contains("撤销 " + number).contains("已受理,事件编号 " + number)
                .contains("请立即拨打"));
        assertThat(filed.get(0).unassigned()).as("no place known: it waits in the county centre's queue").isTrue();
        assertThat(filed.get(0).queueReason()).isEqualTo(QueueReason.NO_GRID);
        AdminClient.Answer toCheck = clients.api().get("/api/v1/events?dangerNotRuledOut=true", clients.adminToken());
        assertThat(toCheck.body().get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("number").asString()).isEqualTo(number));

        assertThat(wx.text("o-silent", "撤销 " + number).content()).as("the resident may withdraw it, as the push says")
                .contains("已撤销");
    }

    @Test
    void aComplaintWaitingForItsPlaceIsFiledWithoutItButOneAnsweredInTimeOnlyOnceAndOneTakenElsewhereNotHere() {
        String notRuledOut = NotRuledOut.complaint(classifier);
        assertThat(wx.text("o-no-place", notRuledOut).content()).contains("什么地方");
        wx.text("o-answered", notRuledOut);
        String answered = WeChatClient.eventNumberIn(wx.text("o-answered", "阳光小区3栋").content());
        assertThat(wx.text("o-calm", "路灯坏了").content()).as("a calm complaint waits for its place too")
                .contains("什么地方");

        wx.text("o-taken", notRuledOut);
        clock.advance(Duration.ofMinutes(4));
        wx.image("o-no-place");
        clock.advance(Duration.ofMinutes(2));
        assertThat(unanswered.claim("o-taken", clock.instant())).as("another instance takes this one").isTrue();
        followUp.run();
        assertThat(events.recentByReporter("o-no-place", 5)).as("a photo four minutes in: the resident is there, "
                + "the follow-up is five minutes from it").isEmpty();
        assertThat(events.recentByReporter("o-taken", 5)).as("a follow-up taken elsewhere is not filed here").isEmpty();

        clock.advance(Duration.ofMinutes(4));
        followUp.run();
        assertThat(events.recentByReporter("o-no-place", 5)).singleElement().satisfies(event -> {
            assertThat(event.category()).isNotEqualTo(Category.OTHER);
            assertThat(event.gridCode()).isNull();
            assertThat(event.report().dangerNotRuledOut()).isTrue();
            assertThat(payloads("FOLLOW_UP:" + event.number())).as("the photo sent while it waited goes with it")
                    .singleElement().satisfies(push -> assertThat(push).contains("照片:1 张已附上"));
        });
        assertThat(events.recentByReporter("o-answered", 5)).singleElement()
                .satisfies(event -> assertThat(event.number()).isEqualTo(answered));
        assertThat(events.recentByReporter("o-calm", 5)).as("a calm draft is left to the resident").isEmpty();
    }

    private List<String> payloads(String key) {
        return jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class, key);
    }
}

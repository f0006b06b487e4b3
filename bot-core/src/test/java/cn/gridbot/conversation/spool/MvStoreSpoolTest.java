package cn.gridbot.conversation.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageKind;
import cn.gridbot.conversation.MessageSpool;
import tools.jackson.databind.json.JsonMapper;

class MvStoreSpoolTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-03T22:00:00Z");

    @TempDir
    Path dir;

    @Test
    void weChatsRetryOfAWaitingMessageKeepsItsPlaceAndIsNotAppendedTwice() {
        MvStoreSpool spool = open();
        long first = spool.append(text("o-1", "41", 1_796_335_000L, "滨河路路灯坏了"), ARRIVED);
        long other = spool.append(text("o-1", "42", 1_796_335_001L, "还有井盖也丢了"), ARRIVED);

        assertThat(spool.append(text("o-1", "41", 1_796_335_000L, "滨河路路灯坏了"), ARRIVED.plusSeconds(5)))
                .as("WeChat's retry: same MsgId, sender and CreateTime").isEqualTo(first);
        assertThat(spool.pendingCount()).isEqualTo(2);
        assertThat(spool.pending(10)).extracting(e -> e.message().msgId()).containsExactly("41", "42");
        assertThat(other).isNotEqualTo(first);

        spool.done(first);
        assertThat(spool.append(text("o-1", "41", 1_796_335_000L, "滨河路路灯坏了"), ARRIVED.plusSeconds(10)))
                .as("once replayed it is appended again; the replay finds its stored reply (ExactlyOnce.replay)")
                .isNotEqualTo(first);
        spool.destroy();
    }

    @Test
    void aReopenedSpoolStillKnowsWhichMessagesWaitAndWhoseTheyAre() {
        MvStoreSpool spool = open();
        long seq = spool.append(text("o-2", "51", 1_796_335_100L, "楼道堆满杂物"), ARRIVED);
        spool.destroy();

        MvStoreSpool reopened = open();
        assertThat(reopened.hasPending("o-2")).isTrue();
        assertThat(reopened.append(text("o-2", "51", 1_796_335_100L, "楼道堆满杂物"), ARRIVED.plusSeconds(5)))
                .isEqualTo(seq);
        assertThat(reopened.pendingCount()).isEqualTo(1);

        assertThat(reopened.failed(seq, "IllegalStateException", 1)).as("parked after its one allowed try").isTrue();
        assertThat(reopened.hasPending("o-2")).isFalse();
        assertThat(reopened.pendingCount()).isZero();
        reopened.destroy();
    }

    @Test
    void aNumberIsNeverGivenTwiceEvenAfterTheSpoolEmptiedAndTheInstanceRestarted() {
        MvStoreSpool spool = open();
        long first = spool.append(text("o-5", "71", 1_796_335_400L, "滨河路路灯坏了"), ARRIVED);
        long second = spool.append(text("o-6", "72", 1_796_335_401L, "井盖丢了"), ARRIVED.plusSeconds(1));
        spool.done(first);
        spool.done(second);
        assertThat(spool.pendingCount()).isZero();
        spool.destroy();

        MvStoreSpool reopened = open();
        long third = reopened.append(text("o-5", "73", 1_796_335_500L, "路灯还是没修"), ARRIVED.plusSeconds(60));
        assertThat(third).as("after %d and %d, though neither is in the spool any more", first, second)
                .isGreaterThan(second);
        reopened.destroy();
    }

    @Test
    void aSpoolFileWrittenBeforeNumbersWereKeptGoesOnFromItsHighestKey() {
        MvStoreSpool spool = open();
        long done = spool.append(text("o-7", "81", 1_796_335_600L, "滨河路路灯坏了"), ARRIVED);
        long parked = spool.append(text("o-8", "82", 1_796_335_601L, "井盖丢了"), ARRIVED.plusSeconds(1));
        spool.done(done);
        assertThat(spool.failed(parked, "IllegalStateException", 1)).isTrue();
        spool.destroy();
        // The file as the version before the numbers map left it.
        MVStore plain = MVStore.open(dir.resolve("spool.mv.db").toString());
        plain.removeMap(plain.openMap("numbers"));
        plain.commit();
        plain.close();

        MvStoreSpool reopened = open();
        assertThat(reopened.append(text("o-7", "83", 1_796_335_700L, "路灯还是没修"), ARRIVED.plusSeconds(60)))
                .as("after the parked %d", parked).isGreaterThan(parked);
        assertThat(reopened.parkedCount()).isEqualTo(1);
        reopened.destroy();
    }

    @Test
    void aRetriedParkedMessageGoesBackAtItsPlaceWithItsTriesCountedAfreshAndSurvivesARestart() {
        MvStoreSpool spool = open();
        long older = spool.append(text("o-3", "61", 1_796_335_200L, "小区门口着火了"), ARRIVED);
        long other = spool.append(text("o-4", "62", 1_796_335_201L, "路灯坏了"), ARRIVED.plusSeconds(1));
        assertThat(spool.failed(older, "DataIntegrityViolationException", 2)).isFalse();
        assertThat(spool.failed(older, "DataIntegrityViolationException", 2)).as("parked after two tries").isTrue();
        long later = spool.append(text("o-3", "63", 1_796_335_300L, "火还在烧"), ARRIVED.plusSeconds(60));
        spool.done(later);
        assertThat(spool.hasPending("o-3")).isFalse();

        assertThat(spool.retry(other)).as("a pending entry is not parked").isFalse();
        assertThat(spool.retry(9_999)).as("an unknown place").isFalse();
        assertThat(spool.retry(older)).isTrue();
        assertThat(spool.retry(older)).as("retried once; no longer parked").isFalse();
        spool.destroy();

        MvStoreSpool reopened = open();
        assertThat(reopened.parkedCount()).isZero();
        assertThat(reopened.pending(10)).as("back before the later arrival, tries counted afresh, the last error kept")
                .extracting(MessageSpool.Entry::seq, MessageSpool.Entry::attempts, MessageSpool.Entry::lastError)
                .containsExactly(tuple(older, 0, "DataIntegrityViolationException"), tuple(other, 0, null));
        assertThat(reopened.hasPending("o-3")).as("the sender's next message waits behind it again").isTrue();
        assertThat(reopened.append(text("o-3", "61", 1_796_335_200L, "小区门口着火了"), ARRIVED.plusSeconds(90)))
                .as("a retry of it by WeChat finds its place").isEqualTo(older);
        reopened.destroy();
    }

    @Test
    void retryingEveryParkedMessageAnswersHowManyWentBack() {
        MvStoreSpool spool = open();
        long a = spool.append(text("o-5", "71", 1_796_335_400L, "井盖丢了"), ARRIVED);
        long b = spool.append(text("o-6", "72", 1_796_335_401L, "噪音扰民"), ARRIVED);
        spool.failed(a, "IllegalStateException", 1);
        spool.failed(b, "IllegalStateException", 1);
        assertThat(spool.retryParked()).isEqualTo(2);
        assertThat(spool.retryParked()).isZero();
        assertThat(spool.pending(10)).extracting(MessageSpool.Entry::seq).containsExactly(a, b);
        assertThat(spool.hasPending("o-5")).isTrue();
        assertThat(spool.hasPending("o-6")).isTrue();
        spool.destroy();
    }

    private MvStoreSpool open() {
        return new MvStoreSpool(new SpoolSettings(dir), JsonMapper.builder().build());
    }

    private static InboundMessage text(String openid, String msgId, long createTime, String content) {
        return new InboundMessage(openid, MessageKind.TEXT, createTime, msgId, content, null, null, null, null, null,
                null, null);
    }
}

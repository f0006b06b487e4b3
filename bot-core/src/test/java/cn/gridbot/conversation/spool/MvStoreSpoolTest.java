package cn.gridbot.conversation.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageKind;
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

    private MvStoreSpool open() {
        return new MvStoreSpool(new SpoolSettings(dir), JsonMapper.builder().build());
    }

    private static InboundMessage text(String openid, String msgId, long createTime, String content) {
        return new InboundMessage(openid, MessageKind.TEXT, createTime, msgId, content, null, null, null, null, null,
                null, null);
    }
}

package cn.gridbot.conversation.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.persistence.WriteBehind;
import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageLog;
import cn.gridbot.conversation.Reply;

/**
 * The {@code inbound_message} table. Rows are written with their transaction's commit ({@link WriteBehind}), all of
 * a transaction's in one statement: a key already there fails the commit with Spring's {@code DuplicateKeyException}.
 */
@Repository
class MyBatisMessageLog implements MessageLog {

    private static final int MAX_CONTENT = 2000;

    private final MessageLogMapper mapper;
    private final Clock clock;

    MyBatisMessageLog(MessageLogMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void record(InboundMessage message, Reply reply, String eventNumber) {
        MessageLogRow row = new MessageLogRow(message.dedupKey(), message.openid(), message.kind().name(), summary(message),
                reply.text(), eventNumber, clock.instant());
        WriteBehind.add(Rows.class, () -> new Rows(mapper), rows -> rows.add(row));
    }

    @Override
    public Optional<Reply> replyFor(String dedupKey) {
        return Optional.ofNullable(mapper.selectReply(dedupKey)).map(Reply::of);
    }

    /** What the message said, for the record: the words, a picture or media reference, or the event. */
    private static String summary(InboundMessage m) {
        String text = switch (m.kind()) {
            case TEXT, VOICE -> m.words();
            case IMAGE -> m.picUrl();
            case LOCATION -> m.location() == null ? m.label() : m.location().longitude() + "," + m.location().latitude() + " " + (m.label() == null ? "" : m.label());
            case EVENT -> m.event() + (m.eventKey() == null ? "" : ":" + m.eventKey());
            default -> m.mediaId();
        };
        if (text == null) {
            return null;
        }
        return text.length() > MAX_CONTENT ? text.substring(0, MAX_CONTENT) : text;
    }

    /** A transaction's messages, inserted together just before it commits. */
    private static final class Rows implements WriteBehind.Pending {

        private final MessageLogMapper mapper;
        private final List<MessageLogRow> rows = new ArrayList<>();

        Rows(MessageLogMapper mapper) {
            this.mapper = mapper;
        }

        void add(MessageLogRow row) {
            rows.add(row);
        }

        @Override
        public void write() {
            rows.sort(Comparator.comparing(MessageLogRow::key));
            mapper.insertAll(rows);
        }

        @Override
        public int order() {
            return 10;
        }
    }
}

package cn.gridbot.conversation.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.scheduling.Schedulers;

import cn.gridbot.conversation.ConversationSettings;
import cn.gridbot.conversation.DialogState;
import cn.gridbot.conversation.DialogStore;
import cn.gridbot.conversation.UnansweredDangers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Dialog state as JSON in {@code dialog_state}, one row per user, written in the message's own
 * transaction: a change is kept exactly when the message's other effects are, so a rollback followed
 * by WeChat's retry can neither lose nor double a draft. A fresh state is no row at all. A draft whose danger was not
 * ruled out, waiting for the resident's answer, carries the time of its follow-up ({@link UnansweredDangers}).
 */
@Repository
class MyBatisDialogStore implements DialogStore, UnansweredDangers {

    private static final Logger log = LoggerFactory.getLogger(MyBatisDialogStore.class);
    private static final int PURGE_BATCH = 1000;

    private final DialogStateMapper mapper;
    private final ObjectMapper json;
    private final ConversationSettings settings;
    private final Clock clock;

    MyBatisDialogStore(DialogStateMapper mapper, ObjectMapper json, ConversationSettings settings, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public DialogState load(String openid) {
        String value = mapper.select(openid, clock.instant());
        if (value == null) {
            return DialogState.fresh();
        }
        try {
            return json.readValue(value, DialogState.class);
        } catch (JacksonException e) {
            log.warn("Unreadable dialog state discarded: {}", e.getOriginalMessage());
            return DialogState.fresh();
        }
    }

    @Override
    public void save(String openid, DialogState state) {
        if (state.equals(DialogState.fresh())) {
            mapper.delete(openid);
            return;
        }
        Instant now = clock.instant();
        mapper.upsert(openid, json.writeValueAsString(state), now.plus(settings.draftTtl()), now,
                awaitsAnswerAboutADanger(state) ? now.plus(settings.dangerFollowUp()) : null);
    }

    private static boolean awaitsAnswerAboutADanger(DialogState state) {
        return state.awaiting() != DialogState.Awaiting.NOTHING && state.draft() != null
                && state.draft().dangerNotRuledOut();
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return mapper.dueForFollowUp(now, limit);
    }

    @Override
    public boolean claim(String openid, Instant now) {
        return mapper.claimFollowUp(openid, now) == 1;
    }

    /** Expired states are never read; they are removed in small batches so the table stays small. */
    @Scheduled(fixedDelayString = "PT10M", scheduler = Schedulers.HOUSEKEEPING)
    void purgeExpired() {
        int removed;
        do {
            removed = mapper.deleteExpired(clock.instant(), PURGE_BATCH);
        } while (removed == PURGE_BATCH);
    }
}

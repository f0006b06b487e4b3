package cn.gridbot.conversation.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.conversation.ConversationSettings;
import cn.gridbot.conversation.DialogState;
import cn.gridbot.conversation.DialogStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Dialog state as JSON under {@code <prefix>dlg:<openid>}, expiring after the draft TTL. When Redis is
 * down the conversation goes on statelessly: a complaint without a place then goes to the dispatcher.
 */
@Component
class RedisDialogStore implements DialogStore {

    private static final Logger log = LoggerFactory.getLogger(RedisDialogStore.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final ConversationSettings settings;
    private final String prefix;

    RedisDialogStore(StringRedisTemplate redis, ObjectMapper json, ConversationSettings settings, RedisKeys keys) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.prefix = keys.prefix() + "dlg:";
    }

    @Override
    public DialogState load(String openid) {
        try {
            String value = redis.opsForValue().get(prefix + openid);
            return value == null ? DialogState.fresh() : json.readValue(value, DialogState.class);
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, dialog state not read: {}", e.getMessage());
        } catch (JacksonException e) {
            log.warn("Unreadable dialog state discarded: {}", e.getOriginalMessage());
        }
        return DialogState.fresh();
    }

    @Override
    public void save(String openid, DialogState state) {
        try {
            redis.opsForValue().set(prefix + openid, json.writeValueAsString(state), settings.draftTtl());
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, dialog state not kept: {}", e.getMessage());
        }
    }
}

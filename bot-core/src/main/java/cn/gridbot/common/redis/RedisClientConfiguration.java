package cn.gridbot.common.redis;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gridbot.common.RedisKeys;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;

/**
 * Lettuce fails fast while it has no connection, instead of queueing commands until they time out: with
 * Redis down a call costs nothing and the {@code RedisGuard} falls back at once; Lettuce reconnects in the
 * background. Each command expires after {@code gridbot.redis.command-timeout} (200 ms), which bounds what a
 * hanging Redis costs a message; the standard {@code spring.data.redis.timeout} (2 s) only bounds setting up
 * a connection, which a loaded machine may take longer for.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer failFast(RedisKeys settings) {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()));
    }
}

package cn.gridbot.wechat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.common.RedisGuard;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * The WxJava client for outbound calls, built by hand (no starter): the access token lives in Redis so
 * every instance shares it (and in memory while Redis is away, see {@link SharedTokenStore}), the
 * stable-token endpoint is used so that one instance's refresh does not invalidate another's, and
 * WxJava's own retry loop is off — the outbox dispatcher retries with back-off, and nothing may block
 * the 5-second reply path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WeChatProperties.class)
class WeChatConfiguration {

    @Bean
    WxMpService wxMpService(WeChatProperties properties, StringRedisTemplate redis, RedisGuard guard, RedisKeys keys) {
        WxMpRedisConfigImpl config = new WxMpRedisConfigImpl(new SharedTokenStore(redis, guard), keys.prefix() + "wx");
        config.setAppId(properties.appId());
        config.setSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.safeMode() ? properties.aesKey() : null);
        config.useStableAccessToken(true);
        String host = properties.apiHost().replaceAll("/+$", "");
        // Only API calls go to api-host; the mp host only appears in the QR code picture URLs handed out.
        config.setHostConfig(new WxMpHostConfig(host, WxMpHostConfig.OPEN_DEFAULT_HOST_URL, WxMpHostConfig.MP_DEFAULT_HOST_URL));
        config.setApacheHttpClientBuilder(new TimedHttpClient(properties.timeout()));
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(0);
        return service;
    }
}

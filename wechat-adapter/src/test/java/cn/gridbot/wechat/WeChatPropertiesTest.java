package cn.gridbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * A prod start without GRIDBOT_WECHAT_APP_ID or GRIDBOT_WECHAT_TOKEN leaves the literal placeholder in the settings;
 * it must fail validation, not run with "${GRIDBOT_WECHAT_TOKEN}" as the token every signature is checked with.
 */
class WeChatPropertiesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anUnresolvedPlaceholderIsRefusedAndSaysWhatToSet() {
        assertThat(validator.validate(properties("${GRIDBOT_WECHAT_APP_ID}", "${GRIDBOT_WECHAT_TOKEN}")))
                .hasSize(2).allSatisfy(violation -> assertThat(violation.getMessage()).contains("GRIDBOT_WECHAT_TOKEN"));
    }

    @Test
    void settingsAsConfiguredPass() {
        assertThat(validator.validate(properties("wxgridbotdemo00001", "gridbot-demo-token"))).isEmpty();
    }

    private static WeChatProperties properties(String appId, String token) {
        return new WeChatProperties(appId, "secret", token, "", "https://api.weixin.qq.com", Duration.ofMinutes(5),
                Map.of(), null, Duration.ofSeconds(5), WeChatProperties.LocationDatum.WGS84, Map.of(), false);
    }
}

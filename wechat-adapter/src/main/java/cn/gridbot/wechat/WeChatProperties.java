package cn.gridbot.wechat;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The Official Account ({@code gridbot.wechat.*}). The secret, token and AES key come from the
 * environment and never appear in {@link #toString()}. With an AES key set (safe mode) plaintext
 * messages are refused, because their signature covers only the query string and not the body;
 * {@code accept-plaintext} lets them in while an account switches between modes. The app id and the token must be
 * set: in the prod profile they come from {@code GRIDBOT_WECHAT_APP_ID} and {@code GRIDBOT_WECHAT_TOKEN}, and a start
 * without them fails at once rather than run with the literal placeholder as the token every signature is checked with.
 */
@Validated
@ConfigurationProperties("gridbot.wechat")
public record WeChatProperties(
        @NotBlank @Pattern(regexp = NOT_A_PLACEHOLDER, message = UNSET) String appId,
        String secret,
        @NotBlank @Pattern(regexp = NOT_A_PLACEHOLDER, message = UNSET) String token,
        @Pattern(regexp = "^$|^[A-Za-z0-9]{43}$", message = "must be the 43-character EncodingAESKey") String aesKey,
        @DefaultValue("https://api.weixin.qq.com") String apiHost,
        @DefaultValue("PT5M") Duration maxClockSkew,
        Map<String, String> templates,
        String detailUrl,
        @DefaultValue("PT5S") Duration timeout,
        @DefaultValue("WGS84") LocationDatum locationDatum,
        Map<String, Map<String, String>> templateKeys,
        @DefaultValue("false") boolean acceptPlaintext) {

    /** Anything but an unresolved {@code ${...}} placeholder. */
    static final String NOT_A_PLACEHOLDER = "^(?!.*\\$\\{).*$";
    static final String UNSET = "must be set (in the prod profile: GRIDBOT_WECHAT_APP_ID and GRIDBOT_WECHAT_TOKEN)";

    /**
     * The datum of Location_X/Location_Y in location messages. README "Conversation" reads them as WGS84; WeChat in
     * mainland China reports GCJ-02, so a real account sets {@code GCJ02} and GridBot converts.
     */
    public enum LocationDatum { WGS84, GCJ02 }

    public WeChatProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        templateKeys = templateKeys == null ? Map.of() : Map.copyOf(templateKeys);
        aesKey = aesKey == null ? "" : aesKey;
    }


    /**
     * The key WeChat's template uses for one of GridBot's fields: templates from WeChat's library name
     * their fields themselves ({@code thing2}, {@code time4}…), mapped with
     * {@code gridbot.wechat.template-keys.<KIND>.<field>=<key>}; unmapped fields keep GridBot's name.
     */
    public String templateKey(String kind, String field) {
        return templateKeys.getOrDefault(kind, Map.of()).getOrDefault(field, field);
    }

    public boolean safeMode() {
        return !aesKey.isEmpty();
    }

    /** Whether a message that is not encrypted is handled: always without an AES key, with one only when switched on. */
    public boolean acceptsPlaintext() {
        return !safeMode() || acceptPlaintext;
    }

    @Override
    public String toString() {
        return "WeChatProperties[appId=" + appId + ", apiHost=" + apiHost + ", safeMode=" + safeMode()
                + ", acceptPlaintext=" + acceptPlaintext + ", templates=" + templates.keySet() + "]";
    }
}

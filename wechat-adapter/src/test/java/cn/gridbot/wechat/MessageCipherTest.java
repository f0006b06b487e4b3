package cn.gridbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/** WeChat's safe mode, checked against Tencent's published sample (token spamtest, AppId wx2c2769f8efd9abc2). */
class MessageCipherTest {

    private static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String SAMPLE_APP_ID = "wx2c2769f8efd9abc2";
    private static final String SAMPLE_TIMESTAMP = "1409735669";
    private static final String SAMPLE_NONCE = "1320562132";
    private static final String SAMPLE_MSG_SIGNATURE = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
    private static final String SAMPLE_ENCRYPT = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

    private static MessageCipher cipher(String appId) {
        return new MessageCipher(new WeChatProperties(appId, "secret", "spamtest", SAMPLE_KEY,
                "https://api.weixin.qq.com", Duration.ofMinutes(5), Map.of(), null, Duration.ofSeconds(5),
                WeChatProperties.LocationDatum.WGS84, Map.of(), false));
    }

    @Test
    void decryptsTencentsPublishedSample() {
        MessageCipher cipher = cipher(SAMPLE_APP_ID);
        assertThat(cipher.messageSignatureMatches(SAMPLE_MSG_SIGNATURE, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPT)).isTrue();
        String xml = cipher.decrypt(SAMPLE_ENCRYPT);
        assertThat(xml).startsWith("<xml>").contains("<MsgType><![CDATA[text]]></MsgType>").endsWith("</xml>");
    }

    @Test
    void refusesTheSampleForAnotherAppId() {
        assertThatThrownBy(() -> cipher("wx0000000000000000").decrypt(SAMPLE_ENCRYPT))
                .isInstanceOf(PortalRejection.class).hasMessageContaining("AppId");
    }

    @Test
    void refusesATamperedSignature() {
        assertThat(cipher(SAMPLE_APP_ID).messageSignatureMatches(SAMPLE_MSG_SIGNATURE, SAMPLE_TIMESTAMP, "other",
                SAMPLE_ENCRYPT)).isFalse();
    }

    @Test
    void roundTripsChineseText() {
        MessageCipher cipher = cipher(SAMPLE_APP_ID);
        String plain = "<xml><Content><![CDATA[海慧路下水道堵了,臭得很😡]]></Content></xml>";
        String encrypted = new WxCryptUtil("spamtest", SAMPLE_KEY, SAMPLE_APP_ID).encrypt("0123456789abcdef", plain);
        assertThat(cipher.decrypt(encrypted)).isEqualTo(plain);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> cipher(SAMPLE_APP_ID).decrypt("not base64 at all!!"))
                .isInstanceOf(PortalRejection.class);
    }
}

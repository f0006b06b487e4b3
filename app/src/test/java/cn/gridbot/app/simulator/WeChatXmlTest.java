package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.util.xml.XStreamTransformer;

/** The simulator's XML reads back, through WxJava as the portal reads it, as what the user typed. */
class WeChatXmlTest {

    @Test
    void textWithCdataTerminatorSurvivesTheRoundTrip() {
        String typed = "下水道]]><Content>堵了</Content> & <xml>";
        WxMpXmlMessage read = parse(WeChatXml.text("gh_x", "demo-resident-2", 1_800_000_000L, 42L, typed));
        assertThat(read.getContent()).isEqualTo(typed);
        assertThat(read.getFromUser()).isEqualTo("demo-resident-2");
        assertThat(read.getMsgType()).isEqualTo("text");
        assertThat(read.getMsgId()).isEqualTo(42L);
        assertThat(read.getCreateTime()).isEqualTo(1_800_000_000L);
    }

    @Test
    void locationPutsLatitudeInLocationXAsWeChatDoes() {
        WxMpXmlMessage read = parse(WeChatXml.location("gh_x", "o-1", 1L, 7L, 105.332366, 30.103314, "北坝小学附近"));
        assertThat(read.getLocationX()).isEqualTo(30.103314);
        assertThat(read.getLocationY()).isEqualTo(105.332366);
        assertThat(read.getLabel()).isEqualTo("北坝小学附近");
    }

    @Test
    void voiceCarriesTheRecognitionAndImageItsPicUrl() {
        assertThat(parse(WeChatXml.voice("gh_x", "o-1", 1L, 8L, "路灯坏了")).getRecognition()).isEqualTo("路灯坏了");
        WxMpXmlMessage image = parse(WeChatXml.image("gh_x", "o-1", 1L, 9L, "http://127.0.0.1/simulator/media/a.png", "sim-a"));
        assertThat(image.getPicUrl()).isEqualTo("http://127.0.0.1/simulator/media/a.png");
        assertThat(image.getMediaId()).isEqualTo("sim-a");
    }

    @Test
    void eventHasNoMsgIdAndKeepsItsKey() {
        WxMpXmlMessage read = parse(WeChatXml.event("gh_x", "o-1", 5L, "CLICK", "MY_EVENTS"));
        assertThat(read.getEvent()).isEqualTo("CLICK");
        assertThat(read.getEventKey()).isEqualTo("MY_EVENTS");
        assertThat(read.getMsgId()).isNull();
    }

    private static WxMpXmlMessage parse(String xml) {
        return XStreamTransformer.fromXml(WxMpXmlMessage.class, xml);
    }
}

package cn.gridbot.wechat;

import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageKind;
import cn.gridbot.grid.GeoPoint;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/** The one mapping from WxJava's message to GridBot's. */
final class InboundMessages {

    private InboundMessages() {
    }

    static InboundMessage from(WxMpXmlMessage wx, WeChatProperties.LocationDatum datum) {
        GeoPoint location = null;
        // WeChat's Location_X is the latitude and Location_Y the longitude.
        if (wx.getLocationX() != null && wx.getLocationY() != null) {
            try {
                location = new GeoPoint(wx.getLocationY(), wx.getLocationX());
                if (datum == WeChatProperties.LocationDatum.GCJ02) {
                    location = Gcj02.toWgs84(location);
                }
            } catch (RuntimeException outOfRange) {
                location = null;
            }
        }
        return new InboundMessage(wx.getFromUser(), MessageKind.of(wx.getMsgType()),
                wx.getCreateTime() == null ? 0 : wx.getCreateTime(),
                wx.getMsgId() == null ? null : wx.getMsgId().toString(), wx.getContent(), wx.getRecognition(),
                wx.getPicUrl(), wx.getMediaId(), location, wx.getLabel(), wx.getEvent(), wx.getEventKey());
    }
}

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
        // WeChat's Location_X is the latitude and Location_Y the longitude; the account's periodic LOCATION event
        // reports carry Latitude and Longitude instead (a patrol's track, README "The grid worker's own day").
        if (wx.getLocationX() != null && wx.getLocationY() != null) {
            location = point(wx.getLocationY(), wx.getLocationX(), datum);
        } else if (wx.getLongitude() != null && wx.getLatitude() != null) {
            location = point(wx.getLongitude(), wx.getLatitude(), datum);
        }
        return new InboundMessage(wx.getFromUser(), MessageKind.of(wx.getMsgType()),
                wx.getCreateTime() == null ? 0 : wx.getCreateTime(),
                wx.getMsgId() == null ? null : wx.getMsgId().toString(), wx.getContent(), wx.getRecognition(),
                wx.getPicUrl(), wx.getMediaId(), location, wx.getLabel(), wx.getEvent(), wx.getEventKey());
    }

    private static GeoPoint point(double longitude, double latitude, WeChatProperties.LocationDatum datum) {
        try {
            GeoPoint location = new GeoPoint(longitude, latitude);
            return datum == WeChatProperties.LocationDatum.GCJ02 ? Gcj02.toWgs84(location) : location;
        } catch (RuntimeException outOfRange) {
            return null;
        }
    }
}

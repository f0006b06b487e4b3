package cn.gridbot.wechat;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gridbot.worker.BindingQrCodes;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;

/**
 * Binding QR codes from WeChat's {@code qrcode/create} (a temporary code with a string scene) through
 * WxJava. Without the account's secret there is no access token, so no code: the answer is empty and
 * the worker types the code instead. The scene is never logged: it holds the binding code.
 */
@Component
class WeChatBindingQrCodes implements BindingQrCodes {

    private static final Logger log = LoggerFactory.getLogger(WeChatBindingQrCodes.class);
    /** WeChat keeps a temporary QR code for at most 30 days. */
    private static final Duration LONGEST = Duration.ofDays(30);

    private final WxMpService wx;
    private final WeChatProperties properties;

    WeChatBindingQrCodes(WxMpService wx, WeChatProperties properties) {
        this.wx = wx;
        this.properties = properties;
    }

    @Override
    public Optional<String> pictureUrl(String scene, Duration validFor) {
        if (properties.secret() == null || properties.secret().isBlank()) {
            return Optional.empty();
        }
        int seconds = (int) Math.min(validFor.toSeconds(), LONGEST.toSeconds());
        try {
            WxMpQrCodeTicket ticket = wx.getQrcodeService().qrCodeCreateTmpTicket(scene, seconds);
            return Optional.of(wx.getQrcodeService().qrCodePictureUrl(ticket.getTicket()));
        } catch (WxErrorException e) {
            log.warn("WeChat made no binding QR code: errcode {}", e.getError() == null ? "?" : e.getError().getErrorCode());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("WeChat made no binding QR code: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}

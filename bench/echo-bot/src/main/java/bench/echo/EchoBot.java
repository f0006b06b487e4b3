package bench.echo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * The smallest WxJava bot that does what WeChat requires: checks the signature, parses the message and
 * answers with the same text. The portal benchmark measures GridBot against it.
 */
@SpringBootApplication
@RestController
public class EchoBot {

    private final WxMpService wx;

    public EchoBot() {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(System.getProperty("echo.app-id", "wxgridbotbench0001"));
        config.setToken(System.getProperty("echo.token", "bench-token"));
        wx = new WxMpServiceImpl();
        wx.setWxMpConfigStorage(config);
    }

    public static void main(String[] args) {
        SpringApplication.run(EchoBot.class, args);
    }

    @PostMapping(path = "/wx/portal/{appId}", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> echo(@PathVariable String appId, @RequestParam String signature,
            @RequestParam String timestamp, @RequestParam String nonce, @RequestBody String body) {
        if (!wx.checkSignature(timestamp, nonce, signature)) {
            return ResponseEntity.status(403).body("bad signature");
        }
        WxMpXmlMessage in = WxMpXmlMessage.fromXml(body);
        String out = WxMpXmlOutMessage.TEXT().content("收到:" + in.getContent()).fromUser(in.getToUser())
                .toUser(in.getFromUser()).build().toXml();
        return ResponseEntity.ok(out);
    }
}

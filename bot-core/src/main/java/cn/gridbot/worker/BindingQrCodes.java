package cn.gridbot.worker;

import java.time.Duration;
import java.util.Optional;

/**
 * WeChat's temporary parametric QR codes: scanning one sends the account an event whose key is the
 * scene. Empty when the account cannot make them (no secret configured) or WeChat did not answer.
 */
public interface BindingQrCodes {

    Optional<String> pictureUrl(String scene, Duration validFor);
}

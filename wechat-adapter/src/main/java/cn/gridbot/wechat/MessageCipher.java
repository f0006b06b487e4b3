package cn.gridbot.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * WeChat's message signatures and safe-mode (AES) encryption. Decryption is done here rather than by
 * WxJava because WxJava does not check the AppId inside the ciphertext, and a message encrypted for
 * another account must be refused.
 */
class MessageCipher {

    private final String token;
    private final String appId;
    private final byte[] aesKey;
    private final WxCryptUtil encryptor;

    MessageCipher(WeChatProperties properties) {
        this.token = properties.token();
        this.appId = properties.appId();
        this.aesKey = properties.safeMode() ? Base64.getDecoder().decode(properties.aesKey() + "=") : null;
        this.encryptor = properties.safeMode() ? new WxCryptUtil(token, properties.aesKey(), appId) : null;
    }

    boolean safeMode() {
        return aesKey != null;
    }

    /** The plain signature over token, timestamp and nonce (URL verification and every POST). */
    boolean signatureMatches(String signature, String timestamp, String nonce) {
        return signature != null && timestamp != null && nonce != null
                && constantTimeEquals(SHA1.gen(token, timestamp, nonce), signature);
    }

    /** The safe-mode signature, which also covers the ciphertext. */
    boolean messageSignatureMatches(String msgSignature, String timestamp, String nonce, String encrypted) {
        return msgSignature != null && encrypted != null
                && constantTimeEquals(SHA1.gen(token, timestamp, nonce, encrypted), msgSignature);
    }

    /** Decrypts a safe-mode message and checks that it was encrypted for this account's AppId. */
    String decrypt(String encrypted) {
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            plain = unpad(cipher.doFinal(Base64.getMimeDecoder().decode(encrypted)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "ciphertext cannot be decrypted");
        }
        if (plain.length < 20) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "ciphertext is too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            throw new PortalRejection(HttpStatus.BAD_REQUEST, "ciphertext has a bad length field");
        }
        String xml = new String(plain, 20, length, StandardCharsets.UTF_8);
        String sender = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        if (!constantTimeEquals(appId, sender)) {
            throw new PortalRejection(HttpStatus.FORBIDDEN, "message was encrypted for another AppId");
        }
        return xml;
    }

    /** Encrypts a reply into WeChat's envelope (Encrypt, MsgSignature, TimeStamp, Nonce). */
    String encrypt(String plainXml) {
        return encryptor.encrypt(plainXml);
    }

    private static byte[] unpad(byte[] decrypted) {
        int pad = decrypted.length == 0 ? 0 : decrypted[decrypted.length - 1] & 0xFF;
        if (pad < 1 || pad > 32 || pad > decrypted.length) {
            throw new IllegalArgumentException("bad padding");
        }
        return Arrays.copyOf(decrypted, decrypted.length - pad);
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}

package cn.gridbot.wechat;

import java.time.Duration;

import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;

/**
 * The HTTP client WxJava calls WeChat with, one per account configuration. WxJava's own default builder is a
 * JVM-wide singleton configured once, so a second configuration's timeouts would be ignored; this one keeps
 * the timeout it was given (connect, read and pool wait alike) and never retries — the outbox does.
 */
final class TimedHttpClient implements ApacheHttpClientBuilder {

    private static final int CONNECTIONS = 50;

    private final Duration timeout;
    private SSLConnectionSocketFactory ssl;

    TimedHttpClient(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public CloseableHttpClient build() {
        int millis = (int) timeout.toMillis();
        var builder = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                        .setConnectionRequestTimeout(millis).build())
                .setMaxConnTotal(CONNECTIONS).setMaxConnPerRoute(CONNECTIONS).disableAutomaticRetries().useSystemProperties();
        if (ssl != null) {
            builder.setSSLSocketFactory(ssl);
        }
        return builder.build();
    }

    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
        this.ssl = factory;
        return this;
    }

    /** Proxies come from the standard {@code https.proxyHost} system properties, not from WxJava's settings. */
    @Override
    public ApacheHttpClientBuilder httpProxyHost(String host) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int port) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String user) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String password) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] protocols) {
        return this;
    }
}

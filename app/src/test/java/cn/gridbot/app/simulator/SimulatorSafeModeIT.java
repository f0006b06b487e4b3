package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gridbot.app.GridBotApplication;

/**
 * With an EncodingAESKey configured, the simulator speaks safe mode to the real portal: the message
 * goes encrypted, the portal decrypts it, and its encrypted reply is opened for the page.
 */
class SimulatorSafeModeIT {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void complaintGoesEncryptedAndTheEncryptedReplyIsShownInPlainWords(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GridBotApplication.class)
                .run("--gridbot.data-dir=" + dataDir, "--server.port=0", "--gridbot.wechat.aes-key=" + AES_KEY)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> sent = post(port, """
                    {"openid":"demo-resident-2","type":"text","text":"海慧路下水道堵了,臭得很 ]]> 快来"}""");

            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).contains("\"encrypted\":true").contains("已受理").contains("网格:海慧路网格");

            HttpResponse<String> refused = post(port, """
                    {"openid":"demo resident","type":"text","text":"x"}""");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("openid");
        }
    }

    private HttpResponse<String> post(int port, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/simulator/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

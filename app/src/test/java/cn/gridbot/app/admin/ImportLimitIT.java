package cn.gridbot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.IntegrationTest;

/**
 * Imports above {@code gridbot.admin.import-max-size} (default 200MB) are refused with 413 before their
 * body is read: the request announces its size, and GridBot answers without waiting for a byte of it.
 */
@IntegrationTest
class ImportLimitIT {

    private static final long OVER_DEFAULT_LIMIT = 200L * 1024 * 1024 + 1;

    @LocalServerPort
    int port;
    @Autowired
    AdminProperties admin;

    @Test
    void everyImportAboveTheLimitGets413WithoutBeingRead() throws Exception {
        assertThat(admin.importMaxSize().toBytes()).isEqualTo(200L * 1024 * 1024);
        String[][] imports = { { "POST", "/api/v1/grids/import", "application/json" },
                { "POST", "/api/v1/workers/import", "text/csv" }, { "POST", "/api/v1/residents/import", "text/csv" },
                { "PUT", "/api/v1/calendar/2027", "text/csv" } };
        for (String[] target : imports) {
            Answer refused = send(target[0], target[1], target[2], OVER_DEFAULT_LIMIT);
            assertThat(refused.status()).as(target[1]).isEqualTo(413);
            assertThat(refused.body()).contains("import-max-size");
        }
    }

    /**
     * Announces {@code length} bytes and sends none of them, as a client would before streaming a huge
     * file: only an answer given before reading the body can come back.
     */
    private Answer send(String method, String path, String type, long length) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                    + admin.bootstrapToken() + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length
                    + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** The status and the body of one HTTP/1.1 response, without waiting for the connection to close. */
    private static Answer read(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        int status = Integer.parseInt(headers.substring(9, 12));
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (length.find()) {
            body.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                in.readNBytes(2);
            }
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static int chunkSize(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        String hex = line.toString().strip();
        return hex.isEmpty() ? 0 : Integer.parseInt(hex, 16);
    }

    private record Answer(int status, String body) {
    }
}

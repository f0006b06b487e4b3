package cn.gridbot.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the admin API over HTTP as a spreadsheet or dashboard would. */
public final class AdminClient {

    /** An answer: status, content type, raw body and, when JSON, the parsed body. */
    public record Answer(int status, String contentType, String raw, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public AdminClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Answer get(String path, String token) {
        return call("GET", path, null, null, token);
    }

    public Answer post(String path, String json, String token) {
        return call("POST", path, "application/json", json, token);
    }

    /** A new binding code for the worker, as an ADMIN or the worker's SUPERVISOR gets it. */
    public String bindingCode(String workerCode, String token) {
        Answer answer = post("/api/v1/workers/" + workerCode + "/binding-code", null, token);
        if (answer.status() != 201) {
            throw new AssertionError("No binding code for " + workerCode + ": " + answer.status() + " " + answer.raw());
        }
        return answer.body().get("code").asString();
    }

    public Answer delete(String path, String token) {
        return call("DELETE", path, null, null, token);
    }

    public Answer call(String method, String path, String contentType, String body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String raw = new String(response.body(), StandardCharsets.UTF_8);
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode node = type.contains("json") && !raw.isBlank() ? JSON.readTree(raw) : null;
            return new Answer(response.statusCode(), type, raw, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.gridbot.app.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives the two counters whose names end in "created" their documented names at {@code /actuator/prometheus}
 * (README "Metrics"): {@code gridbot_events_created_total} and {@code gridbot_reminders_created_total}. The
 * Prometheus client under Micrometer refuses metric names ending in {@code _created} (the suffix OpenMetrics
 * uses for a counter's creation time) and strips it, so the counters are registered as {@code gridbot.events}
 * and {@code gridbot.reminders} and renamed here, in the metadata lines and in every sample of both text
 * formats ({@code _total}, and OpenMetrics' {@code _created} timestamps, which become {@code _created_created}).
 */
class CreatedSeriesNames extends OncePerRequestFilter {

    static final List<String> RENAMED = List.of(DeliveryMeters.REMINDERS, EventMeters.EVENTS);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() != HttpServletResponse.SC_OK) {
            captured.copyBodyToResponse();
            return;
        }
        byte[] body = rename(new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        captured.resetBuffer();
        captured.setContentLength(body.length);
        captured.getOutputStream().write(body);
        captured.copyBodyToResponse();
    }

    static String rename(String exposition) {
        String renamed = exposition.lines().map(CreatedSeriesNames::renameLine).collect(Collectors.joining("\n"));
        return exposition.endsWith("\n") ? renamed + "\n" : renamed;
    }

    private static String renameLine(String line) {
        if (line.startsWith("# ")) {
            int start = line.indexOf(' ', 2) + 1;
            if (start == 0) {
                return line;
            }
            int end = line.indexOf(' ', start);
            return line.substring(0, start) + renameSeries(line.substring(start, end < 0 ? line.length() : end))
                    + (end < 0 ? "" : line.substring(end));
        }
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
        }
        return renameSeries(line.substring(0, end)) + line.substring(end);
    }

    private static String renameSeries(String name) {
        for (String base : RENAMED) {
            if (name.equals(base) || name.equals(base + "_total") || name.equals(base + "_created")) {
                return base + "_created" + name.substring(base.length());
            }
        }
        return name;
    }
}

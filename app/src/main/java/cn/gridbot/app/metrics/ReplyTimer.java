package cn.gridbot.app.metrics;

import java.io.IOException;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code gridbot_reply_seconds}: how long WeChat waited for the answer to each message posted to the portal, as a
 * histogram (WeChat gives up after 5 s; the alert in {@code docs/prometheus-alerts.yml} fires when p99 passes 3 s).
 */
class ReplyTimer extends OncePerRequestFilter {

    private final Timer timer;

    ReplyTimer(MeterRegistry registry) {
        this.timer = Timer.builder("gridbot.reply").description("Time to answer a message posted by WeChat")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timer.record(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}

package cn.gridbot.app.metrics;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Times the WeChat portal only: the replies residents and workers wait for. */
    @Bean
    FilterRegistrationBean<ReplyTimer> replyTimer(MeterRegistry registry) {
        FilterRegistrationBean<ReplyTimer> registration = new FilterRegistrationBean<>(new ReplyTimer(registry));
        registration.addUrlPatterns("/wx/portal/*");
        registration.setOrder(5);
        return registration;
    }

    /** After the token gate (which answers refusals itself), around the scrape only. */
    @Bean
    FilterRegistrationBean<CreatedSeriesNames> createdSeriesNames() {
        FilterRegistrationBean<CreatedSeriesNames> registration = new FilterRegistrationBean<>(new CreatedSeriesNames());
        registration.addUrlPatterns("/actuator/prometheus");
        registration.setOrder(30);
        return registration;
    }
}

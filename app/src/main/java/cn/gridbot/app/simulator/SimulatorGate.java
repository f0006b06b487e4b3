package cn.gridbot.app.simulator;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the simulator is off (production), its static page would still be served from static/simulator/:
 * this answers 404 for everything under /simulator instead, so prod shows no trace of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gridbot.simulator.enabled", havingValue = "false", matchIfMissing = true)
class SimulatorGate {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> simulatorGateFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        registration.addUrlPatterns("/simulator", "/simulator/*");
        registration.setOrder(0);
        return registration;
    }
}

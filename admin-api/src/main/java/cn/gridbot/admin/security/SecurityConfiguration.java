package cn.gridbot.admin.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(Tokens tokens, ObjectMapper json) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(new BearerTokenFilter(tokens, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(10);
        return registration;
    }
}

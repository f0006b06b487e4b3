package cn.gridbot.admin.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    /** Every path goes through the gate; {@link Access} says which ones need which token. */
    @Bean
    FilterRegistrationBean<TokenFilter> tokenFilter(Tokens tokens, ObjectMapper json) {
        FilterRegistrationBean<TokenFilter> registration = new FilterRegistrationBean<>(new TokenFilter(tokens, json));
        registration.addUrlPatterns("/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(AdminProperties properties, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(properties.importMaxSize().toBytes(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(20);
        return registration;
    }
}

package cn.gridbot.app.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans the integration tests put in the application: the movable clock. */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestBeans {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}

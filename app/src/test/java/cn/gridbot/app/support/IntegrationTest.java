package cn.gridbot.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import cn.gridbot.app.GridBotApplication;

/**
 * A test against the whole application on a random port, with the real MariaDB and Redis. The
 * database and GridBot's Redis keys are emptied before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServicesExtension.class)
@SpringBootTest(classes = GridBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import({ TestState.class, TestCounty.class, Clients.class, IntegrationTestBeans.class })
@ContextConfiguration(initializers = FakeWeChatInitializer.class)
public @interface IntegrationTest {
}

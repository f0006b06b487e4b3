package cn.gridbot.app.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points GridBot's WeChat API host at the {@link FakeWeChat} of the test JVM. */
class FakeWeChatInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("gridbot.wechat.api-host=" + FakeWeChat.instance().url()).applyTo(context);
    }
}

package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Production (simulator off) has none of the simulator's endpoints and answers 404 under /simulator. */
class SimulatorGateTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner().withUserConfiguration(
            SimulatorGate.class, ChatController.class, DirectoryController.class, EventPanelController.class,
            SimulatorPage.class, PortalClient.class, MediaStore.class, SimulatorProblems.class);

    @Test
    void offByDefaultWithAGateInFrontOfTheStaticPage() {
        context.run(app -> {
            assertThat(app).doesNotHaveBean(ChatController.class).doesNotHaveBean(DirectoryController.class)
                    .doesNotHaveBean(EventPanelController.class).doesNotHaveBean(SimulatorPage.class)
                    .doesNotHaveBean(PortalClient.class).doesNotHaveBean(MediaStore.class);
            FilterRegistrationBean<?> gate = app.getBean(FilterRegistrationBean.class);
            assertThat(gate.getUrlPatterns()).contains("/simulator", "/simulator/*");
            MockHttpServletResponse response = new MockHttpServletResponse();
            gate.getFilter().doFilter(new MockHttpServletRequest("GET", "/simulator/index.html"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(404);
        });
    }

    @Test
    void explicitlyOffLikeTheProdProfile() {
        context.withPropertyValues("gridbot.simulator.enabled=false")
                .run(app -> assertThat(app).hasSingleBean(FilterRegistrationBean.class).doesNotHaveBean(ChatController.class));
    }
}

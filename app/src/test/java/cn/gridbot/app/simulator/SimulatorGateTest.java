package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Production (simulator off) has none of the simulator's endpoints and answers 404 under /simulator; the server's
 * root leads to the simulator only where it is on.
 */
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

    /**
     * The root's role and scope: with the simulator off (production) its controller is not there, so "/" is not
     * redirected to a page that answers 404; with it on (the embedded default) every caller, with no token, gets a
     * bare redirect to the simulator. Masking: the redirect carries nothing but the path — no body, no query, no
     * cookie — so nothing of a resident can travel in it.
     */
    @Test
    void theRootLeadsToTheSimulatorOnlyWhereItIsOnAndCarriesNothing() throws Exception {
        context.run(app -> assertThat(app).doesNotHaveBean(SimulatorPage.class));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SimulatorPage(null)).build();
        MockHttpServletResponse home = mvc.perform(get("/").param("openid", "o-resident-1")
                .header("Authorization", "Bearer anything")).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(302);
        assertThat(home.getRedirectedUrl()).isEqualTo("/simulator/");
        assertThat(home.getContentAsString()).isEmpty();
        assertThat(home.getCookies()).isEmpty();
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/simulator/");
    }
}

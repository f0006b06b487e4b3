package cn.gridbot.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.gridbot.admin.problem.BodyTooLarge;
import jakarta.servlet.FilterChain;
import tools.jackson.databind.json.JsonMapper;

/** The body size limit on its own: a declared length over it, and a chunked body that grows past it. */
class BodySizeLimitTest {

    private final BodySizeLimit limit = new BodySizeLimit(10, JsonMapper.builder().build());

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutCallingTheController() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/workers/import");
        request.setContent("code,name,phone".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the controller must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("import-max-size");
    }

    @Test
    void stopsABodyOfUnknownLengthOnceItPassesTheLimit() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/workers/import") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setContent("0123456789ABCDEF".getBytes(StandardCharsets.UTF_8));
        FilterChain controller = (req, res) -> req.getInputStream().readAllBytes();
        assertThatThrownBy(() -> limit.doFilter(chunked, new MockHttpServletResponse(), controller))
                .isInstanceOf(BodyTooLarge.class);

        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/api/v1/workers/import") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        small.setContent("0123456789".getBytes(StandardCharsets.UTF_8));
        limit.doFilter(small, new MockHttpServletResponse(), (req, res) -> assertThat(req.getInputStream().readAllBytes()).hasSize(10));
    }
}

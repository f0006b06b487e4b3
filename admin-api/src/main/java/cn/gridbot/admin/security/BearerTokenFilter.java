package cn.gridbot.admin.security;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/** Requires {@code Authorization: Bearer <token>} on the admin API; answers 401 as a problem detail otherwise. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final ObjectMapper json;

    BearerTokenFilter(Tokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<Principal> principal = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.resolve(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (principal.isEmpty()) {
            unauthorized(request, response, header == null ? "Send Authorization: Bearer <token>" : "The token is unknown, expired or revoked");
            return;
        }
        request.setAttribute(Principal.REQUEST_ATTRIBUTE, principal.get());
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(URI.create("https://gridbot.cn/problems/unauthorized"));
        problem.setTitle("Unauthorized");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"gridbot\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

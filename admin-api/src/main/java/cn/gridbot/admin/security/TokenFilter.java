package cn.gridbot.admin.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The one gate in front of the admin API, Open311 and the operational endpoints: reads the token
 * ({@code Authorization: Bearer <token>}, or Open311's {@code api_key}), keeps its {@link Principal} for
 * the controllers, and refuses what {@link Access} does not admit — 401 without a valid token and 403
 * with a token of the wrong role as RFC 9457 problems, and Open311's own error list (403, as GeoReport v2
 * answers a missing or invalid {@code api_key}, in JSON or, for a {@code .xml} path, XML) on {@code /open311}.
 */
class TokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String OPEN311_REFUSAL = "api_key is missing or not valid";

    /** GeoReport v2's error item. */
    record Open311Error(int code, String description) {
    }

    private final Tokens tokens;
    private final ObjectMapper json;

    TokenFilter(Tokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Access access = Access.of(request.getMethod(), path);
        if (access == Access.PUBLIC) {
            chain.doFilter(request, response);
            return;
        }
        String presented = presentedToken(request, access);
        Principal principal = presented == null ? null : tokens.resolve(presented).orElse(null);
        if (principal != null) {
            request.setAttribute(Principal.REQUEST_ATTRIBUTE, principal);
        }
        if (access.admits(principal)) {
            chain.doFilter(request, response);
        } else if (access == Access.OPEN311) {
            open311Refusal(response, path.endsWith(".xml"));
        } else if (principal == null) {
            problem(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", presented == null
                    ? "Send Authorization: Bearer <token>" : "The token is unknown, expired or revoked");
        } else {
            problem(request, response, HttpStatus.FORBIDDEN, "role", access == Access.OPERATIONS
                    ? "Only an ADMIN or METRICS token may read this" : "A METRICS token reads metrics only");
        }
    }

    /** The bearer token, or on Open311 its {@code api_key} parameter (query or form); null when none was sent. */
    private static String presentedToken(HttpServletRequest request, Access access) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        if (access == Access.OPEN311) {
            String key = request.getParameter("api_key");
            return key == null || key.isBlank() ? null : key.strip();
        }
        return header == null ? null : "";
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://gridbot.cn/problems/" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"gridbot\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** GeoReport v2's error list, in the format the path asks for ({@code .xml} or JSON). */
    private void open311Refusal(HttpServletResponse response, boolean xml) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setCharacterEncoding("UTF-8");
        if (!xml) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), List.of(new Open311Error(403, OPEN311_REFUSAL)));
            return;
        }
        response.setContentType("text/xml;charset=UTF-8");
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
            w.writeStartDocument("utf-8", "1.0");
            w.writeStartElement("errors");
            w.writeStartElement("error");
            w.writeStartElement("code");
            w.writeCharacters("403");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters(OPEN311_REFUSAL);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}

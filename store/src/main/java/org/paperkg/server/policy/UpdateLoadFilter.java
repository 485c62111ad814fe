package org.paperkg.server.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Refuses a SPARQL update whose {@code LOAD} reads from anywhere not on the allow-list: LOAD would make the server
 * fetch a URL (or read a local file) for the writer. SERVICE in an update's WHERE clause is refused by
 * {@link PolicyRewrite}; this filter only looks at LOAD, which never reaches the query engine.
 */
public final class UpdateLoadFilter implements Filter {

    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final ServerPolicy policy;

    public UpdateLoadFilter(ServerPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = http.getContentType();
        ServletRequest pass = request;
        String text = null;
        if ("POST".equals(http.getMethod()) && type != null && type.toLowerCase().startsWith(SPARQL_UPDATE)) {
            byte[] body = http.getInputStream().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
            pass = new ReplayedRequest(http, body);
        } else if (http.getParameter("update") != null) {
            text = http.getParameter("update");
        }
        String refused = text == null ? null : refusedLoad(text);
        if (refused != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "LOAD <" + refused
                    + "> is not allowed: the server fetches nothing for an update (an operator can allow some "
                    + "addresses with --allow-service).");
            return;
        }
        chain.doFilter(pass, response);
    }

    /** The first LOAD source not on the allow-list, or null. Unparsable updates pass: Fuseki answers them 400. */
    private String refusedLoad(String update) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return null;
        }
        return parsed.getOperations().stream()
                .filter(UpdateLoad.class::isInstance)
                .map(op -> ((UpdateLoad) op).getSource())
                .filter(source -> !policy.remoteAllowed(source))
                .findFirst().orElse(null);
    }
}

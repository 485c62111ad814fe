package org.paperkg.server.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Refuses a SPARQL update that would make the server fetch from anywhere not on the allow-list: {@code LOAD} of a
 * URL or local file, and {@code SERVICE} in a {@code WHERE} clause. {@link PolicyRewrite} also stops SERVICE when the
 * WHERE clause runs, but Fuseki executes an update while parsing it and logs that refusal as an error; refusing
 * here answers a plain 403 first.
 */
public final class UpdateRemoteFilter implements Filter {

    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final ServerPolicy policy;

    public UpdateRemoteFilter(ServerPolicy policy) {
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
        String refused = text == null ? null : refusedSource(text);
        if (refused != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, refused
                    + " is not allowed: the server fetches nothing for an update (an operator can allow some "
                    + "addresses with --allow-service).");
            return;
        }
        chain.doFilter(pass, response);
    }

    /**
     * The first LOAD source or SERVICE endpoint not on the allow-list ("LOAD <...>", "SERVICE <...>"), or null.
     * Unparsable updates pass: Fuseki answers them 400.
     */
    private String refusedSource(String update) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return null;
        }
        List<String> refused = new ArrayList<>();
        for (Update op : parsed.getOperations()) {
            if (op instanceof UpdateLoad load && !policy.remoteAllowed(load.getSource())) {
                refused.add("LOAD <" + load.getSource() + ">");
            } else if (op instanceof UpdateModify modify && modify.getWherePattern() != null) {
                ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
                    @Override
                    public void visit(ElementService service) {
                        Node endpoint = service.getServiceNode();
                        if (!endpoint.isURI() || !policy.remoteAllowed(endpoint.getURI())) {
                            refused.add("SERVICE " + (endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString()));
                        }
                    }
                });
            }
        }
        return refused.isEmpty() ? null : refused.get(0);
    }
}

package org.paperkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The pages' stylesheet and script, from the jar ({@code paperkg/web/}); nothing is fetched from elsewhere. */
final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("paperkg.css", "text/css; charset=utf-8",
            "query.js", "text/javascript; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String type = TYPES.get(name);
        InputStream in = type == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream("paperkg/web/" + name);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "max-age=3600");
        try (in) {
            in.transferTo(resp.getOutputStream());
        }
    }
}

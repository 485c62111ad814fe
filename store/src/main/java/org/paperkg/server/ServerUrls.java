package org.paperkg.server;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute URLs of the running server, as the client reached it. */
final class ServerUrls {

    private ServerUrls() {
    }

    /** {@code scheme://host:port} of the request. */
    static String base(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
    }
}

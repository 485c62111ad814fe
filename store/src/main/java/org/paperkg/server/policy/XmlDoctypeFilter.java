package org.paperkg.server.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses XML request bodies (RDF/XML, TriX) that declare a DTD. Jena's RDF/XML reader turns external entities off
 * but expands internal ones, and the JDK's StAX parser it uses applies no expansion limit there: a 600-byte
 * "billion laughs" document grows to gigabytes. RDF data needs no DTD, so none is accepted.
 */
public final class XmlDoctypeFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = http.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("xml")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = http.getInputStream().readAllBytes();
        // DTD declarations come before the root element; a byte-wise scan also sees them in UTF-16 only as noise,
        // so any encoding other than an ASCII-compatible one is refused as well.
        String text = new String(body, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        boolean asciiCompatible = body.length < 2 || (body[0] != 0 && body[1] != 0);
        if (!asciiCompatible || text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "XML with a DTD (<!DOCTYPE or <!ENTITY) or in UTF-16 is not accepted; RDF/XML needs neither.");
            return;
        }
        chain.doFilter(new ReplayedRequest(http, body), response);
    }
}

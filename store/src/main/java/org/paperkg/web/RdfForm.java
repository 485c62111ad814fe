package org.paperkg.web;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations a resource is served in, by file extension and media type. */
enum RdfForm {
    TURTLE("ttl", "Turtle", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD("jsonld", "JSON-LD", RDFFormat.JSONLD11_PRETTY, Lang.JSONLD),
    NTRIPLES("nt", "N-Triples", RDFFormat.NTRIPLES, Lang.NTRIPLES),
    RDFXML("rdf", "RDF/XML", RDFFormat.RDFXML_PRETTY, Lang.RDFXML);

    private final String extension;
    private final String label;
    private final RDFFormat format;
    private final Lang lang;

    RdfForm(String extension, String label, RDFFormat format, Lang lang) {
        this.extension = extension;
        this.label = label;
        this.format = format;
        this.lang = lang;
    }

    String extension() {
        return extension;
    }

    String label() {
        return label;
    }

    RDFFormat format() {
        return format;
    }

    String mediaType() {
        return lang.getHeaderString();
    }

    /** The form for a file extension, or null. */
    static RdfForm byExtension(String ext) {
        for (RdfForm f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The RDF form an Accept header prefers over HTML, or null when it prefers HTML (or says nothing): browsers get
     * pages, RDF clients get data. Quality values are honoured; ties go to the earlier entry.
     */
    static RdfForm negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        double html = 0;
        double best = 0;
        RdfForm chosen = null;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            String type = bits[0].trim();
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            }
            for (RdfForm f : values()) {
                boolean match = f.lang.getContentType().getContentTypeStr().equals(type)
                        || f.lang.getAltContentTypes().contains(type);
                if (match && q > best) {
                    best = q;
                    chosen = f;
                }
            }
        }
        return best > html ? chosen : null;
    }
}

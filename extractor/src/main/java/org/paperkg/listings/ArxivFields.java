package org.paperkg.listings;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The field-name map for JSON records of arXiv metadata. Known shapes: the Kaggle arXiv snapshot ({@code id,
 * authors, authors_parsed, abstract, categories} as one string, {@code journal-ref, versions, update_date}), arXiv
 * API exports ({@code arxiv_id, summary, authors} as a list, {@code categories} as a list, {@code primary_category,
 * published, journal_ref, pdf_url}) and scraped records ({@code arxiv_id, url, authors} as one comma-separated
 * string, {@code year, abstract}); Semantic Scholar style {@code externalIds} are read too. Each paper field lists
 * its JSON names in order of preference.
 */
final class ArxivFields {

    static final List<String> TITLE = List.of("title");
    static final List<String> ABSTRACT = List.of("abstract", "summary", "abstractText");
    static final List<String> ARXIV_ID = List.of("arxiv_id", "arxivId", "arxiv-id", "id", "entry_id", "url", "abs_url", "pdf_url");
    static final List<String> DOI = List.of("doi");
    static final List<String> DATE = List.of("date", "publication_date", "year", "update_date");
    static final List<String> VENUE = List.of("journal_ref", "journal-ref", "journalRef", "venue");
    static final List<String> URL = List.of("url", "abs_url", "link");
    static final List<String> CATEGORIES = List.of("primary_category", "categories");
    /** Fields whose presence marks an object as a paper record. */
    static final List<String> RECORD_MARKERS = List.of("title");
    /** Array fields of a wrapper object that hold the records. */
    static final List<String> RECORD_ARRAYS = List.of("papers", "records", "entries", "items", "results", "data");

    private ArxivFields() {
    }

    /** Fills a builder from one JSON record; never fails (missing fields stay empty). */
    static PaperBuilder toBuilder(JsonNode o) {
        PaperBuilder b = new PaperBuilder();
        b.title = text(o, TITLE);
        b.abstractText = text(o, ABSTRACT);
        for (String f : ARXIV_ID) {
            String id = org.paperkg.papers.PaperKeys.arxivId(o.path(f).isValueNode() ? o.path(f).asText() : null);
            if (id != null && (!f.equals("id") && !f.equals("url") && !f.endsWith("_url") || looksLikeArxiv(o.path(f).asText()))) {
                b.arxivId = id;
                break;
            }
        }
        b.doi = text(o, DOI);
        // Semantic Scholar style: {"externalIds": {"ArXiv": "...", "DOI": "..."}}
        JsonNode ext = o.path("externalIds");
        if (ext.isObject()) {
            if (b.arxivId == null && ext.path("ArXiv").isTextual()) {
                b.arxivId = org.paperkg.papers.PaperKeys.arxivId(ext.get("ArXiv").asText());
            }
            if (b.doi == null && ext.path("DOI").isTextual()) {
                b.doi = ext.get("DOI").asText();
            }
        }
        b.date = date(o, "published");
        if (b.date == null) {
            b.date = firstVersionDate(o);
        }
        for (int i = 0; b.date == null && i < DATE.size(); i++) {
            b.date = date(o, DATE.get(i));
        }
        b.venue = text(o, VENUE);
        b.url = text(o, URL);
        if (b.url == null && b.arxivId != null) {
            b.url = "https://arxiv.org/abs/" + org.paperkg.papers.PaperKeys.arxivId(b.arxivId);
        }
        authors(o, b);
        for (String f : CATEGORIES) {
            JsonNode c = o.path(f);
            if (c.isArray()) {
                c.forEach(n -> b.addCategory(n.isObject() ? n.path("term").asText() : n.asText()));
            } else if (c.isValueNode()) {
                for (String s : c.asText().split("\\s+")) {
                    b.addCategory(s);
                }
            }
        }
        return b;
    }

    /** Plain ids ({@code 2312.00690}, {@code hep-th/9901001}) and arxiv.org URLs; not other sites' ids. */
    private static boolean looksLikeArxiv(String s) {
        String t = s.strip();
        return t.contains("arxiv.org/") || t.matches("(?i)(arxiv:)?(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    }

    /** Kaggle snapshot: the date of the first version. */
    private static String firstVersionDate(JsonNode o) {
        JsonNode v = o.path("versions");
        if (v.isArray() && v.size() > 0) {
            return IsoDates.parse(v.get(0).path("created").asText(null));
        }
        return null;
    }

    private static void authors(JsonNode o, PaperBuilder b) {
        JsonNode parsed = o.path("authors_parsed");
        if (parsed.isArray() && parsed.size() > 0) {
            for (JsonNode a : parsed) {
                String last = a.path(0).asText("");
                String first = a.path(1).asText("");
                String suffix = a.path(2).asText("");
                b.addAuthor((first + " " + last + " " + suffix).strip());
            }
            return;
        }
        JsonNode a = o.path("authors");
        if (a.isArray()) {
            for (JsonNode n : a) {
                b.addAuthor(n.isObject() ? n.path("name").asText(null) : n.asText());
            }
        } else if (a.isTextual()) {
            // "A, B and C" (Kaggle) or "A, B, C"
            for (String s : a.asText().replace('\n', ' ').split(",|\\band\\b")) {
                b.addAuthor(s);
            }
        }
    }

    private static String date(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isValueNode() && !n.isNull() ? IsoDates.parse(n.asText()) : null;
    }

    private static String text(JsonNode o, List<String> names) {
        for (String f : names) {
            JsonNode n = o.get(f);
            if (n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return null;
    }

    /** True when {@code o} has the fields of a paper record. */
    static boolean isRecord(JsonNode o) {
        return o.isObject() && RECORD_MARKERS.stream().anyMatch(o::has);
    }

}

package org.paperkg.listings;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.papers.Origin;
import org.paperkg.papers.PaperKeys;
import org.paperkg.papers.PaperRecord;

/** Merges the records of one paper into one: first values win, missing fields are filled, all origins kept. */
public final class PaperMerger {

    private PaperMerger() {
    }

    /** One paper from its records, in reading order (at least one). */
    public static PaperRecord merge(List<PaperRecord> records) {
        PaperRecord first = records.get(0);
        if (records.size() == 1) {
            return first;
        }
        String title = first.title();
        PaperRecord abs = null;
        List<String> authors = List.of();
        Integer authorCount = null;
        String date = null;
        String venue = null;
        String arxivId = null;
        String doi = null;
        String url = null;
        List<String> categories = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (PaperRecord r : records) {
            abs = betterAbstract(abs, r);
            if (authors.isEmpty()) {
                authors = r.authors();
            }
            if (authorCount == null) {
                authorCount = r.authorCount();
            }
            date = moreExact(date, r.date());
            venue = venue == null ? r.venue() : venue;
            arxivId = arxivId == null ? r.arxivId() : arxivId;
            doi = doi == null ? r.doi() : doi;
            url = url == null ? r.url() : url;
            for (String c : r.categories()) {
                if (!categories.contains(c)) {
                    categories.add(c);
                }
            }
            origins.addAll(r.origins());
        }
        if (!authors.isEmpty()) {
            authorCount = authors.size();
        }
        return new PaperRecord(PaperKeys.key(arxivId, doi, title), title, abs.abstractText(), authors, authorCount,
                date, venue, arxivId, doi, url, categories, origins, abs.truncated());
    }

    /** The record whose abstract to keep: a complete one over a cut-off one, else the first non-empty one. */
    private static PaperRecord betterAbstract(PaperRecord kept, PaperRecord r) {
        if (kept == null || kept.abstractText().isEmpty()) {
            return r.abstractText().isEmpty() && kept != null ? kept : r;
        }
        if (kept.truncated() && !r.truncated() && !r.abstractText().isEmpty()) {
            return r;
        }
        if (kept.truncated() && r.truncated() && r.abstractText().length() > kept.abstractText().length()) {
            return r;
        }
        return kept;
    }

    /** Keeps the first date, unless a later one is the same date given more exactly ("2023" then "2023-05-29"). */
    private static String moreExact(String kept, String d) {
        if (kept == null) {
            return d;
        }
        return d != null && d.length() > kept.length() && d.startsWith(kept) ? d : kept;
    }
}

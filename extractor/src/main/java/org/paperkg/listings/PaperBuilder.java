package org.paperkg.listings;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.papers.Origin;
import org.paperkg.papers.PaperKeys;
import org.paperkg.papers.PaperRecord;
import org.paperkg.papers.PaperText;

/** Collects the fields of one record as a reader finds them, cleans them and makes the {@link PaperRecord}. */
final class PaperBuilder {

    String title;
    String abstractText;
    final List<String> authors = new ArrayList<>();
    Integer authorCount;
    String date;
    String venue;
    String arxivId;
    String doi;
    String url;
    final List<String> categories = new ArrayList<>();
    boolean truncated;

    /** True when the record has a non-blank title. */
    boolean hasTitle() {
        return title != null && !PaperText.clean(title).isEmpty();
    }

    void addAuthor(String name) {
        String n = PaperText.cleanOrNull(name);
        if (n != null) {
            authors.add(n);
        }
    }

    void addCategory(String category) {
        String c = PaperText.cleanOrNull(category);
        if (c != null && !categories.contains(c)) {
            categories.add(c);
        }
    }

    /** The record read at {@code line}, the {@code record}th of {@code file}. */
    PaperRecord build(String file, long line, long record) {
        String t = PaperText.clean(title);
        String a = PaperText.clean(abstractText);
        String id = PaperKeys.arxivId(arxivId);
        String d = PaperKeys.doi(doi);
        Integer count = authors.isEmpty() ? authorCount : Integer.valueOf(authors.size());
        return new PaperRecord(PaperKeys.key(id, d, t), t, a == null ? "" : a, authors, count, date,
                PaperText.cleanOrNull(venue), id, d, PaperText.cleanOrNull(url), categories,
                List.of(new Origin(file, line, record)), truncated);
    }
}

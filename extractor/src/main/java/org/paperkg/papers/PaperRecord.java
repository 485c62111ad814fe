package org.paperkg.papers;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from the listings: bibliographic fields and every place it was read from.
 *
 * @param key         stable identity: arXiv id without version, else DOI, else {@code title:} and a hash of the normalised title
 * @param title       title exactly as printed (whitespace and Unicode normalised)
 * @param abstractText abstract, possibly empty
 * @param authors     author names, empty when the listing does not give them
 * @param authorCount number of authors when known (from the names or from an "N authors" line), else null
 * @param date        ISO 8601 date when known: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; else null
 * @param venue       source or venue line (e.g. a feed name or journal reference), else null
 * @param arxivId     arXiv identifier without version, else null
 * @param doi         DOI in lower case without resolver prefix, else null
 * @param url         landing page URL, else null
 * @param categories  subject categories (e.g. arXiv categories), possibly empty
 * @param origins     every record merged into this paper, in reading order
 * @param truncated   true when the abstract was visibly cut off in the listing
 */
public record PaperRecord(
        String key,
        String title,
        String abstractText,
        List<String> authors,
        Integer authorCount,
        String date,
        String venue,
        String arxivId,
        String doi,
        String url,
        List<String> categories,
        List<Origin> origins,
        boolean truncated) {

    /** Separator between title and abstract in {@link #fullText()}; mention offsets count it. */
    public static final String TITLE_SEPARATOR = "\n\n";

    public PaperRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        origins = origins == null ? List.of() : List.copyOf(origins);
    }

    /** Title, a blank line, then the abstract: the text that extraction reads and that character offsets refer to. */
    public String fullText() {
        return abstractText.isEmpty() ? title : title + TITLE_SEPARATOR + abstractText;
    }
}

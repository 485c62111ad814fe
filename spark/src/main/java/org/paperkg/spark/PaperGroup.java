package org.paperkg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.listings.PaperMerger;
import org.paperkg.papers.PaperKeys;
import org.paperkg.papers.PaperRecord;

/**
 * The records of one paper in reading order, with the ids that identify it: what the single-JVM build's key index
 * ({@code PaperSource}) gathers per paper, built here in two shuffles instead (by paper key, then by title).
 *
 * @param records  the records, in reading order
 * @param arxivId  the first arXiv id met, or null
 * @param doi      the first DOI met, or null
 * @param titleKey the title key of the first record
 */
record PaperGroup(List<ListingRecord> records, String arxivId, String doi, String titleKey) implements Serializable {

    PaperGroup {
        records = List.copyOf(records);
    }

    /** The group of records sharing one paper key. */
    static PaperGroup of(Iterable<ListingRecord> records) {
        List<ListingRecord> sorted = new ArrayList<>();
        records.forEach(sorted::add);
        sorted.sort(ListingRecord::compareOrder);
        String arxivId = null;
        String doi = null;
        for (ListingRecord r : sorted) {
            PaperRecord p = PaperCodec.paper(r.json());
            arxivId = arxivId == null ? p.arxivId() : arxivId;
            doi = doi == null ? p.doi() : doi;
        }
        return new PaperGroup(sorted, arxivId, doi, PaperKeys.titleKey(PaperCodec.paper(sorted.get(0).json()).title()));
    }

    /**
     * Groups of one title, in reading order, joined as the single-JVM build joins them: each group goes to the first
     * group of the title when their arXiv ids and DOIs do not differ, else stays a paper of its own.
     */
    static List<PaperGroup> joinByTitle(Iterable<PaperGroup> groups) {
        List<PaperGroup> sorted = new ArrayList<>();
        groups.forEach(sorted::add);
        sorted.sort((a, b) -> a.records.get(0).compareOrder(b.records.get(0)));
        List<PaperGroup> out = new ArrayList<>();
        PaperGroup first = sorted.get(0);
        for (PaperGroup g : sorted.subList(1, sorted.size())) {
            if (compatible(first.arxivId, g.arxivId) && compatible(first.doi, g.doi)) {
                first = first.with(g);
            } else {
                out.add(g);
            }
        }
        out.add(0, first);
        return out;
    }

    /** The paper merged from the records, as the single-JVM build merges them. */
    String merged() {
        List<PaperRecord> recs = new ArrayList<>(records.size());
        for (ListingRecord r : records) {
            recs.add(PaperCodec.paper(r.json()));
        }
        return PaperCodec.paper(PaperMerger.merge(recs));
    }

    private PaperGroup with(PaperGroup other) {
        List<ListingRecord> all = new ArrayList<>(records);
        all.addAll(other.records);
        all.sort(ListingRecord::compareOrder);
        return new PaperGroup(all, arxivId != null ? arxivId : other.arxivId, doi != null ? doi : other.doi, titleKey);
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}

package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/**
 * Groups one paper's mentions by entity: acronyms resolved to their long forms (this paper first, then the corpus),
 * one type per name, and longer names that only add modifiers or a generic tail merged into the shorter (unless the
 * longer has an acronym of its own).
 */
final class MentionGrouper implements java.io.Serializable {

    private static final Set<String> GENERIC_TAILS = Set.of("model", "method", "algorithm", "framework", "network",
            "approach", "architecture", "matrix", "module", "technique", "procedure", "scheme", "system", "family");

    private final AcronymIndex corpusAcronyms;

    MentionGrouper(AcronymIndex corpusAcronyms) {
        this.corpusAcronyms = corpusAcronyms;
    }

    /** Mentions grouped by entity; {@code useCorpus} resolves acronyms this paper does not define from the corpus. */
    Map<EntityId, List<Mention>> group(List<Mention> given, boolean useCorpus) {
        // names that differ only in a number are one kind in a paper ("Zorb-4 and Zorb-6")
        List<Mention> mentions = NumberedFamilies.unify(given);
        Map<String, EntityId> localAcronyms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.acronym() != null && AcronymIndex.fits(m.acronym(), m.text())) {
                localAcronyms.putIfAbsent(AcronymIndex.stripPlural(m.acronym()),
                        new EntityId(m.type(), LabelNormalizer.slug(m.text())));
            }
        }
        // an acronym the paper contributes is its own coinage: another paper's single long form for the same
        // letters ("WISP" for "Widget Integration via Sparse Probes") is not what it stands for here; the corpus's
        // agreed expansion still joins them later (EntityVariants), where at least two papers define it alike
        Set<String> contributed = new HashSet<>();
        for (Mention m : mentions) {
            if (m.role() == MentionRole.CONTRIBUTED && TextAcronyms.looksLikeAcronym(m.text().strip())) {
                contributed.add(AcronymIndex.stripPlural(m.text().strip()));
            }
        }
        Map<EntityId, List<Mention>> grouped = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EntityId id = null;
            String bare = AcronymIndex.stripPlural(m.text().strip());
            if (m.acronym() == null) {
                id = localAcronyms.get(bare);
                if (id == null && useCorpus && !contributed.contains(bare)) {
                    id = corpusAcronyms.longForm(bare, m.type());
                }
            }
            if (id == null) {
                String slug = LabelNormalizer.slug(m.text());
                if (slug.isEmpty()) {
                    continue;
                }
                id = new EntityId(m.type(), slug);
            }
            grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        }
        // one type per name in a paper: the better evidenced one
        Map<String, EntityId> byKey = new HashMap<>();
        for (EntityId id : new ArrayList<>(grouped.keySet())) {
            EntityId other = byKey.get(id.key());
            if (other == null) {
                byKey.put(id.key(), id);
                continue;
            }
            EntityId keep = weight(grouped.get(id)) > weight(grouped.get(other)) ? id : other;
            EntityId drop = keep == id ? other : id;
            grouped.remove(drop);
            byKey.put(id.key(), keep);
        }
        Set<String> ownNames = new HashSet<>();
        for (EntityId id : localAcronyms.values()) {
            ownNames.add(id.key());
        }
        for (EntityId id : grouped.keySet()) {
            if (useCorpus && corpusAcronyms.isLongForm(id.key())) {
                ownNames.add(id.key());
            }
        }
        return mergeNested(grouped, ownNames);
    }

    /**
     * Within one paper, a longer name that only adds modifiers to a shorter one of two or more words of the same type
     * and head ("linear time-invariant state space models" beside "state space models"; never "language models"
     * beside a bare "models"), or a generic tail to it ("Mamba model"),
     * is an alias of the shorter; unless only the longer one is the paper's contribution, or the longer one has an
     * acronym of its own (in this paper or, in {@code ownNames}, anywhere in the corpus): "vision-language models
     * (VLMs)" is not a kind of "language models" to be folded into it.
     */
    private static Map<EntityId, List<Mention>> mergeNested(Map<EntityId, List<Mention>> grouped,
                                                            Set<String> ownNames) {
        List<EntityId> ids = new ArrayList<>(grouped.keySet());
        ids.sort(Comparator.comparingInt((EntityId id) -> id.key().split("-").length).thenComparing(EntityId::key));
        for (int b = ids.size() - 1; b >= 0; b--) {
            EntityId longer = ids.get(b);
            List<String> lt = List.of(longer.key().split("-"));
            for (int a = 0; a < b; a++) {
                EntityId shorter = ids.get(a);
                if (shorter.type() != longer.type() || !grouped.containsKey(shorter) || !grouped.containsKey(longer)) {
                    continue;
                }
                List<String> st = List.of(shorter.key().split("-"));
                if (st.size() >= lt.size()) {
                    continue;
                }
                boolean tail = lt.size() == st.size() + 1 && lt.subList(0, st.size()).equals(st)
                        && GENERIC_TAILS.contains(lt.get(lt.size() - 1));
                // A one-word name is a bare head ("models"): it does not absorb the modified names that share it.
                boolean nested = st.size() > 1 && st.get(st.size() - 1).equals(lt.get(lt.size() - 1))
                        && new HashSet<>(lt).containsAll(st);
                if (!tail && (!nested || ownNames.contains(longer.key()))) {
                    continue;
                }
                boolean longerContributed = grouped.get(longer).stream().anyMatch(m -> m.role() == MentionRole.CONTRIBUTED);
                boolean shorterContributed = grouped.get(shorter).stream().anyMatch(m -> m.role() == MentionRole.CONTRIBUTED);
                if (longerContributed && !shorterContributed && !tail) {
                    continue;
                }
                grouped.get(shorter).addAll(grouped.remove(longer));
                break;
            }
        }
        return grouped;
    }

    private static double weight(List<Mention> ms) {
        double w = 0;
        for (Mention m : ms) {
            w += m.confidence() + (m.role() == MentionRole.CONTRIBUTED ? 1 : 0) + (m.acronym() != null ? 1 : 0);
        }
        return w;
    }
}

package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.mentions.EntityType;

/**
 * A paper names each of its methods once: the resolver can link one method twice, under an acronym and under its
 * long form when the two were not merged corpus-wide ("QSN" beside "Quill-Shaped Network", defined or only written
 * in the title), or under a fragment of its name that the model kept on its own ("latent widget diffusion" beside the
 * paper's "Extended Latent Widget Diffusion"). Of two method links of a paper, one goes when one is a capital acronym
 * of the other's words (the one the title writes stays, else the more confident), or when their names nest with one
 * head word and the less confident link rests on weak evidence only (the learned extractor, the corpus pass or a head
 * word; no contribution cue, acronym or name shape): then the less confident goes. Nested names that both have
 * strong evidence stay: a paper's "reinforcement learning" and its own "Widget-Consistent Reinforcement Learning" are
 * two methods. The link kept proposes when either did. Measured on the annotated arxiv-daily dev papers
 * (EVALUATION.md, branch METHODS17).
 */
public final class PaperMethodNames {

    private PaperMethodNames() {
    }

    /**
     * The links with each method link dropped that is a second name of a more confident method link; order kept.
     * {@code title} (may be null) decides which of an acronym and its long form stays.
     */
    public static List<PaperLink> keepOne(List<PaperLink> links, String title) {
        List<PaperLink> methods = new ArrayList<>(links.stream()
                .filter(l -> l.relation().type() == EntityType.METHOD).toList());
        if (methods.size() < 2) {
            return links;
        }
        // the most confident first; ties by key, so the result does not depend on the order of the links
        methods.sort(Comparator.comparingDouble(PaperLink::confidence).reversed().thenComparing(PaperLink::entityKey));
        // per method kept: the link compared with later ones, the link written, and the input link it stands for
        List<PaperLink> kept = new ArrayList<>();
        List<PaperLink> written = new ArrayList<>();
        List<PaperLink> source = new ArrayList<>();
        for (PaperLink m : methods) {
            int into = -1;
            for (int i = 0; i < kept.size() && into < 0; i++) {
                if (secondName(kept.get(i), m)) {
                    into = i;
                }
            }
            if (into < 0) {
                kept.add(m);
                written.add(m);
                source.add(m);
                continue;
            }
            PaperLink k = written.get(into);
            boolean proposes = m.relation() == Relation.PROPOSES_METHOD || k.relation() == Relation.PROPOSES_METHOD;
            // of an acronym and its long form, the name the title writes stays: it is the paper's name for its method,
            // the one later sentences and scores refer to ("QSN: ..." then "QSN reaches ..."); else the more
            // confident. The paper proposes the method whichever of its names said so
            PaperLink stays = acronymOf(m.entityLabel(), kept.get(into).entityLabel())
                    || acronymOf(kept.get(into).entityLabel(), m.entityLabel())
                    ? (inTitle(m.entityLabel(), title) && !inTitle(k.entityLabel(), title) ? m : k) : k;
            if (stays == m) {
                source.set(into, m);
            }
            written.set(into, proposes ? proposing(stays) : stays);
        }
        if (kept.size() == methods.size()) {
            return links;
        }
        Map<PaperLink, PaperLink> out = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            out.put(source.get(i), written.get(i));
        }
        return links.stream().filter(l -> l.relation().type() != EntityType.METHOD || out.containsKey(l))
                .map(l -> out.getOrDefault(l, l)).toList();
    }

    /** Whether the title writes the name as whole words, ignoring case. */
    static boolean inTitle(String name, String title) {
        if (title == null) {
            return false;
        }
        String t = " " + LabelNormalizer.normalize(title) + " ";
        return t.contains(" " + LabelNormalizer.normalize(name) + " ");
    }

    private static PaperLink proposing(PaperLink l) {
        return l.relation() == Relation.PROPOSES_METHOD ? l : new PaperLink(l.paperKey(), Relation.PROPOSES_METHOD,
                l.entityKey(), l.entityLabel(), l.evidence(), l.charStart(), l.charEnd(), l.rule(), l.confidence());
    }

    /** Whether {@code weaker}, a less confident method link, names the method of {@code kept} a second time. */
    static boolean secondName(PaperLink kept, PaperLink weaker) {
        String a = kept.entityLabel();
        String b = weaker.entityLabel();
        if (acronymOf(a, b) || acronymOf(b, a)) {
            return true;
        }
        return PaperTaskNames.variants(LabelNormalizer.normalize(a), LabelNormalizer.normalize(b))
                && !LabelNormalizer.normalize(a).equals(LabelNormalizer.normalize(b)) && weakEvidence(weaker.rule());
    }

    /**
     * Whether a one-word name with two or more capitals spells the initials of a written name of two or more words,
     * hyphenated words counted as one word or as several ("QSN", "Quill-Shaped Network"); a final plural "s" of the
     * acronym may be left out.
     */
    public static boolean acronymOf(String acronym, String name) {
        if (!PaperTaskNames.capitalAcronym(acronym)) {
            return false;
        }
        String letters = acronym.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String singular = letters.endsWith("s") && letters.length() > 2 ? letters.substring(0, letters.length() - 1)
                : letters;
        String display = LabelNormalizer.display(name).strip();
        for (String split : new String[] {"\\s+", "[\\s\\-]+"}) {
            String[] words = display.split(split);
            if (words.length < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty()) {
                    initials.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            String s = initials.toString();
            if (s.equals(letters) || s.equals(singular)) {
                return true;
            }
        }
        return false;
    }

    /** A link found only by the learned extractor, the corpus pass or a head word: no cue, acronym or name shape. */
    static boolean weakEvidence(String rule) {
        for (String r : rule.split("\\+")) {
            if (r.startsWith("cue") || r.startsWith("acronym") || r.startsWith("name") || r.startsWith("vocabulary")) {
                return false;
            }
        }
        return true;
    }
}

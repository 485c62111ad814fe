package org.paperkg.learning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.NameMatcher;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

/**
 * Where a dev paper's gold proposed methods are lost: each one no proposed mention matches (partially, as the
 * evaluation matches) is put in the first cause that holds, from the end of the pipeline back to its start, and
 * counted by whether its name is a name or an unnamed phrase and whether the paper has a title. Not thread-safe.
 */
final class ProposedMisses {

    /** Why a gold proposed method is missed, in the order they are tried. */
    enum Cause {
        OTHER_PROPOSED("linked as a method, not proposed; the paper has another proposed method"),
        NONE_PROPOSED("linked as a method, not proposed; the paper has no proposed method"),
        OTHER_TYPE("linked as a task or dataset"),
        CANDIDATE_NOT_LINKED("a candidate with the gold name, not linked"),
        BOUNDARY("only candidates that overlap the gold name (boundary), not linked"),
        NO_CANDIDATE("no candidate matches the name, even partly");

        private final String description;

        Cause(String description) {
            this.description = description;
        }
    }

    private final Map<Cause, int[]> counts = new EnumMap<>(Cause.class);
    private int gold;
    private int found;

    ProposedMisses() {
        for (Cause c : Cause.values()) {
            counts.put(c, new int[4]);
        }
    }

    /** Counts one dev paper's gold proposed methods given its candidates and the extractor's mentions. */
    void add(AnnotatedText paper, List<Candidate> candidates, List<Mention> mentions) {
        List<String> proposed = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Mention m : mentions) {
            List<String> target = m.type() != EntityType.METHOD ? others
                    : m.role() == MentionRole.CONTRIBUTED ? proposed : methods;
            target.add(m.text());
            if (m.acronym() != null) {
                target.add(m.acronym());
            }
        }
        List<String> candidateTexts = candidates.stream().map(Candidate::text).toList();
        for (GoldPaper.GoldEntity e : paper.document().entities().getOrDefault(EntityType.METHOD, List.of())) {
            if (!e.proposed()) {
                continue;
            }
            gold++;
            if (NameMatcher.any(e.names(), proposed, true)) {
                found++;
                continue;
            }
            Cause cause = NameMatcher.any(e.names(), methods, true)
                    ? (proposed.isEmpty() ? Cause.NONE_PROPOSED : Cause.OTHER_PROPOSED)
                    : NameMatcher.any(e.names(), others, true) ? Cause.OTHER_TYPE
                    : NameMatcher.any(e.names(), candidateTexts, false) ? Cause.CANDIDATE_NOT_LINKED
                    : NameMatcher.any(e.names(), candidateTexts, true) ? Cause.BOUNDARY
                    : Cause.NO_CANDIDATE;
            int[] c = counts.get(cause);
            c[unnamed(e.name()) ? 1 : 0]++;
            c[paper.titleEnd() < 0 ? 3 : 2]++;
        }
    }

    /**
     * An unnamed contribution: every word in lower case without digits ("adaptive token pruning"), where a name has
     * a capital or a digit ("ZorbNet", "Quill-2").
     */
    static boolean unnamed(String name) {
        return name.equals(name.toLowerCase(Locale.ROOT)) && name.chars().noneMatch(Character::isDigit);
    }

    int gold() {
        return gold;
    }

    int missed(Cause cause) {
        int[] c = counts.get(cause);
        return c[0] + c[1];
    }

    /** The table in Markdown: one row per cause, columns all / named / unnamed / with title / abstract only. */
    String render(String title) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d gold proposed methods, %d found (partial), %d missed:%n%n",
                title, gold, found, gold - found));
        b.append("| cause | missed | named | unnamed phrase | paper with title | abstract only |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Cause cause : Cause.values()) {
            int[] c = counts.get(cause);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", cause.description,
                    c[0] + c[1], c[0], c[1], c[2], c[3]));
        }
        return b.append('\n').toString();
    }
}

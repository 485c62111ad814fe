package org.paperkg.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * The corpus-level pass over one paper: adds entities evidenced strongly elsewhere in the corpus that the paper's
 * text names but its rules missed (longest word n-gram first, never over a span a rule already took).
 * Read-only once built, so several threads may use it.
 */
final class CorpusPass {

    /** A word of the text: letters and digits, with inner hyphens, dots, apostrophes and plus signs. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+.'-]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]");
    private static final int MAX_NGRAM = 8;

    private final StrongNameIndex names;
    private final AcronymIndex acronyms;

    CorpusPass(StrongNameIndex names, AcronymIndex acronyms) {
        this.names = names;
        this.acronyms = acronyms;
    }

    /** Adds to {@code grouped} (the paper's mentions by entity) a mention of every strong name found in its text. */
    void addMissing(PaperRecord paper, Map<EntityId, List<Mention>> grouped) {
        if (names.isEmpty()) {
            return;
        }
        String text = paper.fullText();
        List<int[]> words = new ArrayList<>();
        Matcher mt = WORD.matcher(text);
        while (mt.find()) {
            words.add(new int[]{mt.start(), mt.end()});
        }
        Set<EntityId> present = new HashSet<>(grouped.keySet());
        List<int[]> taken = new ArrayList<>();
        for (List<Mention> ms : grouped.values()) {
            for (Mention m : ms) {
                taken.add(new int[]{m.charStart(), m.charEnd()});
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_NGRAM, words.size() - i); n >= 1; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                EntityId id = names.find(text, start, end);
                if (id == null) {
                    continue;
                }
                String surface = text.substring(start, end);
                EntityId longForm = acronyms.longForm(AcronymIndex.stripPlural(surface), id.type());
                if (longForm != null) {
                    id = longForm;
                }
                if (!present.contains(id) && !overlaps(taken, start, end)) {
                    present.add(id);
                    grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(surface, id.type(),
                            MentionRole.USED, start, end, sentenceAround(text, start, end), "corpus", 0.5, null));
                }
                i += n - 1;
                break;
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] r : taken) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The sentence around a span: from after the previous ". " or line break to the next full stop or line break. */
    static String sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !(text.charAt(s - 1) == '\n' || s >= 2 && text.charAt(s - 2) == '.'
                && Character.isWhitespace(text.charAt(s - 1)))) {
            s--;
        }
        int e = end;
        while (e < text.length() && text.charAt(e) != '\n' && !(text.charAt(e) == '.'
                && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1)).strip();
    }
}

package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * Resolves mentions into corpus entities: normalised names, acronyms merged with their long forms, names found with
 * strong evidence in one paper recognised in every other, support counted, keys derived from normalised labels.
 * The output depends on the corpus only, not on its order.
 */
public final class CorpusEntityResolver implements EntityResolver {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+.'-]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]");
    private static final int MAX_NGRAM = 8;

    /** What pass 1 learnt about one entity. */
    private static final class Stats {
        final Map<String, Integer> surfaces = new TreeMap<>();
        final Set<String> acronyms = new TreeSet<>();
        int papers;
        boolean strong;
        int linked;
    }

    private record Id(EntityType type, String key) {
    }

    private final Map<Id, Stats> stats = new HashMap<>();
    /** Acronym (plural stripped, exact case) to counts of long-form keys per type. */
    private final Map<String, Map<Id, Integer>> acronymLongForms = new HashMap<>();
    /** Normalised names of strongly evidenced entities, for the corpus-level pass. */
    private Map<String, Id> strongNames;

    @Override
    public synchronized void learn(PaperRecord paper, List<Mention> mentions) {
        strongNames = null;
        Map<Id, List<Mention>> grouped = group(mentions, false);
        for (var e : grouped.entrySet()) {
            Stats st = stats.computeIfAbsent(e.getKey(), k -> new Stats());
            st.papers++;
            for (Mention m : e.getValue()) {
                String d = LabelNormalizer.display(m.text());
                if (isAcronymOf(m, e.getValue())) {
                    st.acronyms.add(d);
                } else {
                    st.surfaces.merge(d, 1, Integer::sum);
                }
                st.strong |= isStrong(m);
                if (m.acronym() != null) {
                    st.acronyms.add(m.acronym());
                    acronymLongForms.computeIfAbsent(stripPlural(m.acronym()), k -> new HashMap<>())
                            .merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
    }

    @Override
    public synchronized List<PaperLink> links(PaperRecord paper, List<Mention> mentions) {
        Map<Id, List<Mention>> grouped = group(mentions, true);
        corpusPass(paper, grouped);
        List<PaperLink> links = new ArrayList<>();
        for (var e : grouped.entrySet()) {
            Id id = e.getKey();
            List<Mention> ms = e.getValue();
            if (ms.isEmpty()) {
                continue;
            }
            MentionRole role = ms.stream().anyMatch(m -> m.role() == MentionRole.CONTRIBUTED)
                    ? MentionRole.CONTRIBUTED : MentionRole.USED;
            Mention best = ms.stream()
                    .filter(m -> role == MentionRole.USED || m.role() == MentionRole.CONTRIBUTED)
                    .max(Comparator.comparingDouble(Mention::confidence)
                            .thenComparing(m -> -m.charStart()))
                    .orElse(ms.get(0));
            TreeSet<String> rules = new TreeSet<>();
            double base = 0;
            for (Mention m : ms) {
                rules.add(m.rule());
                base = Math.max(base, m.confidence());
            }
            Stats st = stats.get(id);
            int support = st == null ? 1 : Math.max(1, st.papers);
            double agree = Math.min(0.15, 0.05 * (rules.size() - 1));
            double supportBoost = Math.min(0.6, 0.12 * (support - 1));
            double conf = 1 - (1 - Math.min(0.95, base + agree)) * (1 - supportBoost);
            conf = Math.round(Math.min(0.99, conf) * 1000) / 1000.0;
            if (st != null) {
                st.linked++;
            }
            links.add(new PaperLink(paper.key(), Relation.of(id.type(), role), id.key(), prefLabel(id),
                    best.evidence(), best.charStart(), best.charEnd(), String.join("+", rules), conf));
        }
        links.sort(Comparator.comparing((PaperLink l) -> l.relation().ordinal()).thenComparing(PaperLink::entityKey));
        return links;
    }

    @Override
    public synchronized Collection<Entity> entities() {
        List<Entity> result = new ArrayList<>();
        for (var e : stats.entrySet()) {
            Stats st = e.getValue();
            if (st.linked == 0) {
                continue;
            }
            String pref = prefLabel(e.getKey());
            SortedSet<String> alts = new TreeSet<>(st.surfaces.keySet());
            alts.addAll(st.acronyms);
            alts.remove(pref);
            result.add(new Entity(e.getKey().type(), e.getKey().key(), pref, alts, st.linked));
        }
        result.sort(Comparator.comparing((Entity x) -> x.type().ordinal()).thenComparing(Entity::key));
        return result;
    }

    /**
     * The names under which each entity appears in one paper, keyed {@code type/key} (e.g. {@code method/lora}):
     * what the RDF side writes as the paper's {@code skos:altLabel}s.
     */
    public synchronized Map<String, SortedSet<String>> aliasesIn(PaperRecord paper, List<Mention> mentions) {
        Map<String, SortedSet<String>> result = new TreeMap<>();
        group(mentions, true).forEach((id, ms) -> {
            SortedSet<String> names = new TreeSet<>();
            for (Mention m : ms) {
                names.add(LabelNormalizer.display(m.text()));
            }
            names.remove(prefLabel(id));
            result.put(id.type().id() + "/" + id.key(), names);
        });
        return result;
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isStrong(Mention m) {
        return m.role() == MentionRole.CONTRIBUTED || m.acronym() != null || m.rule().startsWith("cue")
                || m.rule().equals("vocabulary") || m.confidence() >= 0.75;
    }

    private static boolean isAcronymOf(Mention m, List<Mention> group) {
        for (Mention o : group) {
            if (o.acronym() != null && stripPlural(m.text()).equals(stripPlural(o.acronym()))) {
                return true;
            }
        }
        return false;
    }

    private static String stripPlural(String a) {
        return a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))
                ? a.substring(0, a.length() - 1) : a;
    }

    /** Mentions grouped by entity, acronyms resolved to their long forms (this paper first, then the corpus). */
    private Map<Id, List<Mention>> group(List<Mention> mentions, boolean useCorpus) {
        Map<String, Id> localAcronyms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.acronym() != null) {
                localAcronyms.putIfAbsent(stripPlural(m.acronym()), new Id(m.type(), LabelNormalizer.slug(m.text())));
            }
        }
        Map<Id, List<Mention>> grouped = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Id id = null;
            String bare = stripPlural(m.text().strip());
            if (m.acronym() == null) {
                id = localAcronyms.get(bare);
                if (id == null && useCorpus) {
                    id = corpusLongForm(bare, m.type());
                }
            }
            if (id == null) {
                String slug = LabelNormalizer.slug(m.text());
                if (slug.isEmpty()) {
                    continue;
                }
                id = new Id(m.type(), slug);
            }
            grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        }
        // one type per name in a paper: the better evidenced one
        Map<String, Id> byKey = new HashMap<>();
        for (Id id : new ArrayList<>(grouped.keySet())) {
            Id other = byKey.get(id.key());
            if (other == null) {
                byKey.put(id.key(), id);
                continue;
            }
            Id keep = weight(grouped.get(id)) > weight(grouped.get(other)) ? id : other;
            Id drop = keep == id ? other : id;
            grouped.remove(drop);
            byKey.put(id.key(), keep);
        }
        return mergeNested(grouped);
    }

    private static final Set<String> GENERIC_TAILS = Set.of("model", "method", "algorithm", "framework", "network",
            "approach", "architecture", "matrix", "module", "technique", "procedure", "scheme", "system", "family");

    /**
     * Within one paper, a longer name that only adds modifiers to a shorter one of the same type and head ("linear
     * time-invariant state space models" beside "state space models"), or a generic tail to it ("Mamba model"),
     * is an alias of the shorter; unless only the longer one is the paper's contribution.
     */
    private static Map<Id, List<Mention>> mergeNested(Map<Id, List<Mention>> grouped) {
        List<Id> ids = new ArrayList<>(grouped.keySet());
        ids.sort(Comparator.comparingInt((Id id) -> id.key().split("-").length).thenComparing(Id::key));
        for (int b = ids.size() - 1; b >= 0; b--) {
            Id longer = ids.get(b);
            List<String> lt = List.of(longer.key().split("-"));
            for (int a = 0; a < b; a++) {
                Id shorter = ids.get(a);
                if (shorter.type() != longer.type() || !grouped.containsKey(shorter) || !grouped.containsKey(longer)) {
                    continue;
                }
                List<String> st = List.of(shorter.key().split("-"));
                if (st.size() >= lt.size()) {
                    continue;
                }
                boolean tail = lt.size() == st.size() + 1 && lt.subList(0, st.size()).equals(st)
                        && GENERIC_TAILS.contains(lt.get(lt.size() - 1));
                boolean nested = st.get(st.size() - 1).equals(lt.get(lt.size() - 1))
                        && new HashSet<>(lt).containsAll(st);
                if (!tail && !nested) {
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

    private Id corpusLongForm(String acronym, EntityType type) {
        Map<Id, Integer> counts = acronymLongForms.get(acronym);
        if (counts == null) {
            return null;
        }
        return counts.entrySet().stream()
                .filter(e -> e.getKey().type() == type)
                .max(Comparator.comparingInt((Map.Entry<Id, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().key(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Most frequent surface form; ties broken alphabetically; the acronym when no long form is known. */
    private String prefLabel(Id id) {
        Stats st = stats.get(id);
        if (st == null) {
            return id.key().replace('-', ' ');
        }
        String best = null;
        int count = -1;
        for (var e : st.surfaces.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        if (best == null) {
            best = st.acronyms.isEmpty() ? id.key().replace('-', ' ') : st.acronyms.iterator().next();
        }
        return best;
    }

    /** Adds entities evidenced strongly elsewhere in the corpus that this paper names but its rules missed. */
    private void corpusPass(PaperRecord paper, Map<Id, List<Mention>> grouped) {
        if (strongNames == null) {
            strongNames = new HashMap<>();
            stats.entrySet().stream()
                    .filter(e -> e.getValue().strong)
                    .sorted(Comparator.comparing((Map.Entry<Id, Stats> e) -> e.getKey().type().ordinal())
                            .thenComparing(e -> e.getKey().key()))
                    .forEach(e -> {
                        for (String s : e.getValue().surfaces.keySet()) {
                            if (usableName(s)) {
                                strongNames.putIfAbsent(LabelNormalizer.normalize(s), e.getKey());
                            }
                        }
                    });
        }
        if (strongNames.isEmpty()) {
            return;
        }
        String text = paper.fullText();
        List<int[]> words = new ArrayList<>();
        Matcher mt = WORD.matcher(text);
        while (mt.find()) {
            words.add(new int[]{mt.start(), mt.end()});
        }
        Set<Id> present = new HashSet<>(grouped.keySet());
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
                String surface = text.substring(start, end);
                Id id = strongNames.get(LabelNormalizer.normalize(surface));
                if (id == null) {
                    continue;
                }
                Id longForm = corpusLongForm(stripPlural(surface), id.type());
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

    private static boolean usableName(String s) {
        String[] words = s.split("\\s+");
        if (words.length >= 2) {
            return true;
        }
        // a single word must look like a name, not a common noun
        String w = words[0];
        boolean inner = false;
        boolean digit = false;
        for (int i = 1; i < w.length(); i++) {
            inner |= Character.isUpperCase(w.charAt(i));
            digit |= Character.isDigit(w.charAt(i));
        }
        return w.length() >= 3 && (inner || digit);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] r : taken) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String sentenceAround(String text, int start, int end) {
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

    @Override
    public String toString() {
        return "CorpusEntityResolver[" + stats.size() + " names]";
    }
}

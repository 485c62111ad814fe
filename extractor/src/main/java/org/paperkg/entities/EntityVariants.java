package org.paperkg.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;

/**
 * Entities that are one thing under several names, merged corpus-wide after pass 1: spelling variants (hyphen,
 * space or neither: "multi-modal", "multi modal", "multimodal"; case; plural; a generic "tasks" after a task's
 * name, "dataset" or "benchmark" after a dataset's) and acronyms expanded by the corpus's
 * acronym table ("LLMs" and "large language models", "multimodal LLMs" and "multimodal large language models"), and a
 * short form the corpus uses for a long form (written before the long form's acronym, and mostly that long form where
 * it has a modifier).
 * Variants of different types take the type of most of the papers that name them. Each group keeps the entity with
 * a written-out name and the most papers.
 */
final class EntityVariants {

    /** Last words that only say what kind of thing a name is, not which one. */
    private static final Set<String> GENERIC_TAILS = Set.of("task", "problem", "dataset", "benchmark", "corpus");
    /** A model's generic tail: dropped only after a name of two or more words. */
    private static final Set<String> MODEL_TAILS = Set.of("model");
    /**
     * Last words that say a name is a method and nothing more: a name with one of them is the name without it, when
     * the corpus has that name with the same type ("widget sorting methods" is "widget sorting").
     */
    private static final Set<String> KIND_TAILS = Set.of("method", "approach", "technique", "mechanism", "algorithm",
            "strategy", "paradigm", "architecture");
    /** Shortest spelling (letters and digits) that joins names written with and without hyphens or spaces. */
    private static final int MIN_SPELLING = 5;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_/\\u2013\\u2014]+");
    /** A word's letters and a number that ends it: "NeRF360", "GPT4" (not "Human3.6M", which ends in a letter). */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<=^|[\\s\\-_/])(\\p{L}[\\p{L}\\p{N}]*\\p{L})(\\d+(?:\\.\\d+)?)(?=$|[\\s\\-_/])");

    private final Map<EntityId, EntityId> canonical;
    /** Each entity others are variants of, with those others. */
    private final Map<EntityId, List<EntityId>> variants = new HashMap<>();

    private EntityVariants(Map<EntityId, EntityId> canonical) {
        this.canonical = canonical;
        canonical.forEach((variant, head) -> variants.computeIfAbsent(head, k -> new ArrayList<>()).add(variant));
    }

    static EntityVariants of(Map<EntityId, NameStats> stats, AcronymIndex acronyms) {
        return of(stats, acronyms, Map.of());
    }

    /**
     * The variants among the entities of {@code stats}; {@code shortForms} maps short forms to the long forms they
     * stand for (normalised, as {@link AcronymIndex#shortForms}), and longer names to the long form they mean
     * ({@link AcronymIndex#longVariants}), which makes them one name.
     */
    static EntityVariants of(Map<EntityId, NameStats> stats, AcronymIndex acronyms, Map<String, String> shortForms) {
        return of(stats, acronyms, shortForms, key -> false);
    }

    /**
     * As {@link #of(Map, AcronymIndex, Map)}; a name whose key {@code description} accepts is each paper's own
     * ({@link CorpusSurvey#description}), so no kind word after it makes it a shared name.
     */
    static EntityVariants of(Map<EntityId, NameStats> stats, AcronymIndex acronyms, Map<String, String> shortForms,
            Predicate<String> description) {
        Map<String, String> longKeys = new HashMap<>();
        shortForms.forEach((shortForm, longForm) ->
                longKeys.put(variantKey(shortForm, acronyms), variantKey(longForm, acronyms)));
        Map<EntityId, String> keys = new HashMap<>();
        for (var e : stats.entrySet()) {
            String key = variantKey(e.getValue().prefLabel(e.getKey()), acronyms);
            if (!key.isEmpty()) {
                keys.put(e.getKey(), longKeys.getOrDefault(key, key));
            }
        }
        joinSpellingsAndKinds(keys, stats, acronyms, longKeys, description);
        DatasetReleases releases = DatasetReleases.of(stats, keys, acronyms);
        Map<String, List<EntityId>> byVariant = new HashMap<>();
        keys.forEach((id, key) -> byVariant.computeIfAbsent(releases.baseKey(id, key), k -> new ArrayList<>()).add(id));
        // the label: a written-out name before an acronym, except for a dataset, whose acronym is its name
        // ("CARLA", not its expansion); a name before the same name with a generic tail ("EuRoC", not "EuRoC dataset")
        Comparator<EntityId> best = Comparator
                .comparing((EntityId id) -> id.type() != EntityType.DATASET
                        && TextAcronyms.looksLikeAcronym(stats.get(id).prefLabel(id)))
                .thenComparing(id -> hasGenericTail(stats.get(id).prefLabel(id)))
                .thenComparing(id -> hasKindTail(stats.get(id).prefLabel(id)))
                .thenComparing(id -> -stats.get(id).papers)
                .thenComparing(id -> id.type().ordinal())
                .thenComparing(EntityId::key);
        Map<EntityId, EntityId> canonical = new HashMap<>();
        for (List<EntityId> ids : byVariant.values()) {
            if (ids.size() < 2) {
                continue;
            }
            EntityType voted = majorityType(ids, stats);
            boolean votedPresent = voted != null;
            Map<EntityType, List<EntityId>> byType = new HashMap<>();
            for (EntityId id : ids) {
                byType.computeIfAbsent(votedPresent ? voted : id.type(), t -> new ArrayList<>()).add(id);
            }
            for (var group : byType.entrySet()) {
                EntityId head = group.getValue().stream().filter(id -> id.type() == group.getKey()).min(best)
                        .orElseThrow();
                for (EntityId id : group.getValue()) {
                    if (!id.equals(head)) {
                        canonical.put(id, head);
                    }
                }
            }
        }
        return new EntityVariants(canonical);
    }

    /**
     * Joins the keys of names that the variant key keeps apart although they are one name: two spellings that differ
     * only in hyphens and spaces once acronyms are left as written ("OpenWidget-VL" and "OpenWidgetVL", whose "VL"
     * the key may expand in one spelling only; "auto-regressive model" and "autoregressive models", which drop a
     * tail differently), and a name followed by a word that only says it is a method ("widget sorting methods",
     * "cross-gizmo mechanism") with that name of the same type.
     */
    private static void joinSpellingsAndKinds(Map<EntityId, String> keys, Map<EntityId, NameStats> stats,
            AcronymIndex acronyms, Map<String, String> longKeys, Predicate<String> description) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstBySpelling = new HashMap<>();
        // per key, the papers of each type that name it: a kind joins only a name its type holds most
        Map<String, int[]> papersByType = new HashMap<>();
        keys.forEach((id, key) -> papersByType.computeIfAbsent(key, k -> new int[EntityType.values().length])
                [id.type().ordinal()] += stats.get(id).papers);
        keys.forEach((id, key) -> {
            String label = LabelNormalizer.display(stats.get(id).prefLabel(id));
            String spelling = LabelNormalizer.normalize(label).replace(" ", "");
            if (spelling.length() >= MIN_SPELLING) {
                String before = firstBySpelling.putIfAbsent(spelling, key);
                if (before != null) {
                    union(parent, before, key);
                }
            }
            int sp = label.lastIndexOf(' ');
            if (hasKindTail(label) && !description.test(id.key())) {
                String named = variantKey(label.substring(0, sp), acronyms);
                named = longKeys.getOrDefault(named, named);
                if (mostlyOfType(papersByType.get(named), id.type())) {
                    union(parent, named, key);
                }
            }
        });
        keys.replaceAll((id, key) -> find(parent, key));
    }

    /** Whether a type names a key in some papers and no other type in more. */
    private static boolean mostlyOfType(int[] papers, EntityType type) {
        if (papers == null || papers[type.ordinal()] == 0) {
            return false;
        }
        for (int n : papers) {
            if (n > papers[type.ordinal()]) {
                return false;
            }
        }
        return true;
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** One root for both keys: the smaller string, so the result does not depend on the order of the map. */
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        int c = ra.compareTo(rb);
        if (c < 0) {
            parent.put(rb, ra);
        } else if (c > 0) {
            parent.put(ra, rb);
        }
    }

    /** Whether the label, of two words or more, ends in a word that only says it is a method ("X approaches"). */
    static boolean hasKindTail(String label) {
        String display = LabelNormalizer.display(label);
        int sp = display.lastIndexOf(' ');
        return sp > 0 && KIND_TAILS.contains(LabelNormalizer.normalize(display.substring(sp + 1)));
    }

    /** Whether the label ends in a word that only says what kind of thing it names ("EuRoC dataset"). */
    static boolean hasGenericTail(String label) {
        return endsInGenericTail(LabelNormalizer.normalize(label));
    }

    /** Whether a normalised name of two or more words ends in a generic tail. */
    private static boolean endsInGenericTail(String normalised) {
        int sp = normalised.lastIndexOf(' ');
        return sp > 0 && GENERIC_TAILS.contains(normalised.substring(sp + 1));
    }

    /** The type of most of the papers (two thirds) that name one of {@code ids} in pass 1, or null. */
    private static EntityType majorityType(List<EntityId> ids, Map<EntityId, NameStats> stats) {
        int[] papers = new int[EntityType.values().length];
        int total = 0;
        for (EntityId id : ids) {
            papers[id.type().ordinal()] += stats.get(id).papers;
            total += stats.get(id).papers;
        }
        for (EntityType t : EntityType.values()) {
            if (3 * papers[t.ordinal()] >= 2 * total) {
                return t;
            }
        }
        return null;
    }

    /** The entities that are variants of {@code id} (none when it is a variant itself or has none). */
    List<EntityId> variantsOf(EntityId id) {
        return variants.getOrDefault(id, List.of());
    }

    /** The entity {@code id} is a variant of, or {@code id} itself. */
    EntityId canonical(EntityId id) {
        return canonical.getOrDefault(id, id);
    }

    /**
     * A modifier without the adjective ending "-ic" that a noun modifier of the same stem lacks: "robotic" and
     * "robot" modify a head the same way ("robotic grasping", "robot grasping"). Only names that differ in nothing
     * else meet under it, so a stem that is no word joins nothing.
     */
    static String modifierStem(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 5 && lower.endsWith("ic") && !TextAcronyms.looksLikeAcronym(w)
                ? lower.substring(0, lower.length() - 2) : w;
    }

    /**
     * The name with every word the acronym table can expand written out, normalised, without spaces or hyphens:
     * what variants of one name share.
     */
    static String variantKey(String label, AcronymIndex acronyms) {
        StringBuilder expanded = new StringBuilder();
        // a number glued to a word is a word of its own ("ZNeRF360" is "ZNeRF 360"), so the acronym before it
        // expands like in the spaced spelling
        String[] words = SEPARATORS.split(GLUED_NUMBER.matcher(LabelNormalizer.display(label).strip())
                .replaceAll("$1 $2"));
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String longForm = TextAcronyms.looksLikeAcronym(w) ? acronyms.expansion(AcronymIndex.stripPlural(w)) : null;
            if (!expanded.isEmpty()) {
                expanded.append(' ');
            }
            expanded.append(longForm != null ? longForm : i < words.length - 1 ? modifierStem(w) : w);
        }
        String normalised = LabelNormalizer.normalize(expanded.toString());
        int sp = normalised.lastIndexOf(' ');
        if (endsInGenericTail(normalised)) {
            normalised = normalised.substring(0, sp); // "gadget sorting tasks" is "gadget sorting"
        } else if (sp > 0 && MODEL_TAILS.contains(normalised.substring(sp + 1))
                && normalised.substring(0, sp).indexOf(' ') > 0) {
            // "widget-gadget-action models" is the "Widget-Gadget-Action" named alone; a one-word rest keeps its tail
            // ("language models" is no "language", "world models" no "world")
            normalised = normalised.substring(0, sp);
        }
        return normalised.replace(" ", "");
    }
}

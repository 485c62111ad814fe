package org.paperkg.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * Resolves mentions into corpus entities: normalised names, acronyms merged with their long forms, names found with
 * strong evidence in one paper recognised in every other where the text writes them in their shape and the survey
 * between the passes finds them names rather than ordinary words, spelling variants and acronym expansions merged
 * corpus-wide, support counted, keys derived from normalised labels.
 * The output depends on the corpus only, not on its order. {@link #learn} takes a lock; once pass 1 is over,
 * {@link #links} and {@link #aliasesIn} run on several threads at once (they only read what pass 1 learnt).
 * What pass 1 learns is a mergeable summary ({@link #merge}): counts, unions and "or"s, so resolvers that learnt
 * parts of a corpus add up to one that learnt all of it, which lets a cluster run pass 1 per partition. The survey
 * adds up the same way: {@link #newSurvey} per part, {@link CorpusSurvey#merge}, then {@link #useSurvey}.
 */
public final class CorpusEntityResolver implements EntityResolver, Serializable {

    private static final long serialVersionUID = 2L;
    /** Papers that must extract a name before the survey counts how the corpus uses it. */
    static final int PHRASE_MIN_PAPERS = 3;

    private final Map<EntityId, NameStats> stats = new HashMap<>();
    private final AcronymIndex acronyms = new AcronymIndex();
    private final TypeVotes typeVotes = new TypeVotes();
    private final MentionGrouper grouper = new MentionGrouper(acronyms);
    private final PaperDescriptions descriptions = new PaperDescriptions();
    /** Built from {@link #stats} at the first call of the survey or pass 2; learning more drops it. */
    private transient volatile CorpusSurvey survey;
    /** Built from the survey at the first call of pass 2 ({@link #variants}); learning more drops it. */
    private transient volatile EntityVariants variants;
    /** Built from {@link #survey} at the first call of pass 2; learning more drops it. */
    private transient volatile CorpusPass corpusPass;
    /** Survey counts made elsewhere (by parts of a cluster) that {@link #survey} starts from; null when none. */
    private CorpusSurvey surveyed;

    /**
     * The paper's mentions as every pass of resolution reads them: extended over glued plus signs ("Widget++") and with
     * the benchmark that opens a task mention, the same in learning, links and aliases.
     */
    private static List<Mention> withDerivedNames(PaperRecord paper, List<Mention> extracted) {
        return TaskBenchmarkPrefixes.added(paper, PlusSuffixes.extended(paper, extracted));
    }

    @Override
    public synchronized void learn(PaperRecord paper, List<Mention> extracted) {
        List<Mention> mentions = withDerivedNames(paper, extracted);
        dropDerived();
        surveyed = null;
        typeVotes.learn(mentions);
        TextAcronyms.definitions(paper.fullText()).forEach(acronyms::defineInText);
        TextAcronyms.shortForms(paper.fullText()).forEach(acronyms::writtenAfter);
        TextAcronyms.phrasesBefore(paper.fullText()).forEach(acronyms::writtenAfterPhrase);
        Map<EntityId, List<Mention>> grouped = grouper.group(mentions, false);
        // one definition per paper: the acronym table's evidence counts papers, not repetitions
        Set<String> defined = new HashSet<>();
        for (var e : grouped.entrySet()) {
            NameStats st = stats.computeIfAbsent(e.getKey(), k -> new NameStats());
            st.papers++;
            for (Mention m : e.getValue()) {
                String d = LabelNormalizer.display(m.text());
                if (AcronymIndex.isAcronymOf(m, e.getValue())) {
                    st.acronyms.add(d);
                } else if (nameOf(d, e.getKey())) {
                    st.surfaces.merge(d, 1, Integer::sum);
                }
                st.strong |= isStrong(m);
                if (m.acronym() != null && AcronymIndex.fits(m.acronym(), m.text())) {
                    st.acronyms.add(m.acronym());
                    if (defined.add(AcronymIndex.stripPlural(m.acronym()) + "\t" + e.getKey())) {
                        acronyms.define(m.acronym(), e.getKey());
                    }
                }
            }
        }
        NameExtensions.count(grouped.keySet(), stats);
    }

    /** Drops what is built from the counts (survey, variants, pass 2): learning more changes them. */
    private void dropDerived() {
        corpusPass = null;
        survey = null;
        variants = null;
    }

    /** Adds what {@code other} learnt (from other papers of the same corpus) to this resolver. */
    public synchronized void merge(CorpusEntityResolver other) {
        dropDerived();
        surveyed = null;
        synchronized (other) {
            other.stats.forEach((id, st) -> stats.computeIfAbsent(id, k -> new NameStats()).add(st));
            acronyms.add(other.acronyms);
            typeVotes.add(other.typeVotes);
        }
    }

    /**
     * An empty survey over the names pass 1 learnt, for counting a part of the corpus apart from this resolver
     * ({@link CorpusSurvey#survey(PaperRecord)}); the parts' surveys add up with {@link CorpusSurvey#merge}.
     */
    public CorpusSurvey newSurvey() {
        return survey().fresh();
    }

    /**
     * Takes the survey counts of the whole corpus, made by {@link #newSurvey} on its parts and merged, instead of
     * surveying here: what {@link #survey(PaperRecord, List)} over every paper would have counted.
     */
    public synchronized void useSurvey(CorpusSurvey counts) {
        dropDerived();
        surveyed = counts.counts();
    }

    /** Between the passes: counts where the names pass 1 found strongly occur in this paper's text, in any shape. */
    @Override
    public void survey(PaperRecord paper, List<Mention> mentions) {
        survey().survey(paper.fullText());
    }

    @Override
    public List<PaperLink> links(PaperRecord paper, List<Mention> extracted) {
        List<Mention> mentions = withDerivedNames(paper, extracted);
        CorpusPass pass = corpusPass();
        CorpusSurvey found = survey();
        // a field of study or a generic head the corpus writes with modifiers is no entity (unless written as a name
        // or the paper's own contribution: the guideline types a term by its role in the abstract); dropped before
        // grouping, so "widget sorting" is not folded into a "sorting" that then goes
        List<Mention> kept = new ArrayList<>();
        for (Mention m : typeVotes.retype(mentions)) {
            if (m.role() == MentionRole.CONTRIBUTED || namedLikeAName(m.text())
                    || !found.notAnEntity(LabelNormalizer.slug(m.text()))) {
                kept.add(m);
            }
        }
        Map<EntityId, List<Mention>> grouped = grouper.group(kept, true);
        // a word the corpus almost only uses as a modifier ("real-time") is no name, whoever extracted it, nor is a
        // generic kind left alone once the evaluative words are dropped ("pre-trained models")
        grouped.keySet().removeIf(id -> found.modifier(id) || PhraseContexts.genericKind(id.key()));
        pass.addMissing(paper, grouped);
        // the same for acronyms of such phrases and for what the corpus pass added
        grouped.entrySet().removeIf(e -> PhraseContexts.genericKind(e.getKey().key())
                || found.notAnEntity(e.getKey().key()) && !namedLikeAName(prefLabel(e.getKey()))
                && e.getValue().stream().noneMatch(m -> m.role() == MentionRole.CONTRIBUTED));
        grouped = canonical(grouped);
        List<PaperLink> links = new ArrayList<>();
        Map<PaperLink, NameStats> counted = new HashMap<>();
        for (var e : grouped.entrySet()) {
            EntityId id = e.getKey();
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
            NameStats st = stats.get(id);
            // a description is the paper's own entity: its support is that one paper
            boolean described = found.description(id.key());
            int support = st == null || described ? 1 : Math.max(1, st.papers);
            String key = described ? descriptions.link(id, paper.key()) : id.key();
            PaperLink link = new PaperLink(paper.key(), Relation.of(id.type(), role), key, prefLabel(id),
                    best.evidence(), best.charStart(), best.charEnd(), String.join("+", rules),
                    confidence(base, rules.size(), support));
            links.add(link);
            if (st != null && !described) {
                counted.put(link, st);
            }
        }
        links.sort(Comparator.comparing((PaperLink l) -> l.relation().ordinal()).thenComparing(PaperLink::entityKey));
        // what the corpus pass added and the resolved labels can be a second name of a task the paper already has
        links = PaperTaskNames.keepOne(links);
        for (PaperLink l : links) {
            NameStats st = counted.get(l);
            if (st != null) {
                st.linked.incrementAndGet();
            }
        }
        return links;
    }

    /** The strongest mention's confidence, raised a little by agreeing rules and by support across the corpus. */
    private static double confidence(double base, int rules, int support) {
        double agree = Math.min(0.15, 0.05 * (rules - 1));
        double supportBoost = Math.min(0.6, 0.12 * (support - 1));
        double conf = 1 - (1 - Math.min(0.95, base + agree)) * (1 - supportBoost);
        return Math.round(Math.min(0.99, conf) * 1000) / 1000.0;
    }

    @Override
    public synchronized Collection<Entity> entities() {
        List<Entity> result = new ArrayList<>();
        for (var e : stats.entrySet()) {
            int linked = e.getValue().linked.get();
            if (linked > 0) {
                result.add(entity(e.getKey(), e.getValue(), linked));
            }
        }
        descriptions.linked().forEach((key, shared) -> {
            Entity e = entity(shared, key, 1);
            if (e != null) {
                result.add(e);
            }
        });
        result.sort(Comparator.comparing((Entity x) -> x.type().ordinal()).thenComparing(Entity::key));
        return result;
    }

    /**
     * The entity of that type and key with its labels, given its support counted elsewhere (by a cluster that ran
     * {@link #links} on copies of this resolver); null when pass 1 never met it.
     */
    public synchronized Entity entity(EntityType type, String key, int support) {
        EntityId shared = PaperDescriptions.sharedOf(type, key);
        if (shared != null) {
            return entity(shared, key, support);
        }
        EntityId id = new EntityId(type, key);
        NameStats st = stats.get(id);
        return st == null ? null : entity(id, st, support);
    }

    /** A paper's description under its paper-scoped key, named like the shared entity {@code shared}. */
    private Entity entity(EntityId shared, String key, int support) {
        NameStats st = stats.get(shared);
        if (st == null) {
            return null;
        }
        Entity e = entity(shared, st, support);
        return new Entity(e.type(), key, e.prefLabel(), e.altLabels(), support);
    }

    private Entity entity(EntityId id, NameStats st, int support) {
        String pref = prefLabel(id);
        SortedSet<String> alts = new TreeSet<>(st.surfaces.keySet());
        alts.addAll(st.acronyms);
        // the names of its variants are its names too ("visual widget models" of "Vision-Widget Models")
        for (EntityId v : variants().variantsOf(id)) {
            NameStats vs = stats.get(v);
            alts.addAll(vs.surfaces.keySet());
            alts.addAll(vs.acronyms);
        }
        alts.remove(pref);
        return new Entity(id.type(), id.key(), pref, alts, support);
    }

    /**
     * The names under which each entity appears in one paper, keyed {@code type/key} (e.g. {@code method/lora}):
     * what the RDF side writes as the paper's {@code skos:altLabel}s.
     */
    public Map<String, SortedSet<String>> aliasesIn(PaperRecord paper, List<Mention> mentions) {
        Map<String, SortedSet<String>> result = new TreeMap<>();
        CorpusSurvey found = survey();
        canonical(grouper.group(typeVotes.retype(withDerivedNames(paper, mentions)), true)).forEach((id, ms) -> {
            SortedSet<String> names = new TreeSet<>();
            for (Mention m : ms) {
                String d = LabelNormalizer.display(m.text());
                if (nameOf(d, id)) {
                    names.add(d);
                }
            }
            names.remove(prefLabel(id));
            String key = found.description(id.key()) ? PaperDescriptions.key(id, paper.key()) : id.key();
            result.put(id.type().id() + "/" + key, names);
        });
        return result;
    }

    /** The groups with every entity replaced by the one it is a variant of, merged where that makes two one. */
    private Map<EntityId, List<Mention>> canonical(Map<EntityId, List<Mention>> grouped) {
        EntityVariants v = variants();
        Map<EntityId, List<Mention>> result = new LinkedHashMap<>();
        grouped.forEach((id, ms) -> {
            // "our new widget-sorting strategy" is the paper's own strategy, not the family "widget sorting" it
            // would join where other papers use the words
            boolean ownKind = ms.stream().anyMatch(m -> m.role() == MentionRole.CONTRIBUTED)
                    && EntityVariants.hasKindTail(prefLabel(id));
            result.computeIfAbsent(ownKind ? id : v.canonical(id), k -> new ArrayList<>()).addAll(ms);
        });
        // a name the corpus retyped carries the paper's other names that differ from it only in a number
        return NumberedFamilies.followCorpus(result);
    }

    private CorpusSurvey survey() {
        CorpusSurvey s = survey;
        if (s == null) {
            synchronized (this) {
                s = survey;
                if (s == null) {
                    s = new CorpusSurvey(StrongNameIndex.of(stats), StrongNameIndex.ofPhrases(stats, PHRASE_MIN_PAPERS));
                    if (surveyed != null) {
                        s.merge(surveyed);
                    }
                    survey = s;
                }
            }
        }
        return s;
    }

    /** Built once the survey has counted (pass 2), since short forms need its counts. */
    private EntityVariants variants() {
        EntityVariants v = variants;
        if (v == null) {
            CorpusSurvey s = survey();
            synchronized (this) {
                v = variants;
                if (v == null) {
                    Map<String, String> shortForms = new HashMap<>(acronyms.shortForms());
                    shortForms.entrySet().removeIf(e -> !s.mostlyModifiedAs(e.getValue(), e.getKey()));
                    acronyms.longVariants().forEach(shortForms::putIfAbsent);
                    acronyms.spellingVariants().forEach(shortForms::putIfAbsent);
                    NameExtensions.shortForms(stats).forEach(shortForms::putIfAbsent);
                    v = EntityVariants.of(stats, acronyms, shortForms, s::description);
                    variants = v;
                }
            }
        }
        return v;
    }

    private CorpusPass corpusPass() {
        CorpusPass pass = corpusPass;
        if (pass == null) {
            CorpusSurvey s = survey();
            synchronized (this) {
                pass = corpusPass;
                if (pass == null) {
                    pass = new CorpusPass(s, acronyms, id -> {
                        NameStats st = stats.get(id);
                        return st == null ? 0 : st.papers;
                    });
                    corpusPass = pass;
                }
            }
        }
        return pass;
    }

    /**
     * Whether a surface grouped under an entity is one of its names: a longer phrase merged into it because it holds
     * the name ("robots using widget splatting" into "widget splatting") links the paper to the entity but is no
     * name of it, since its extra words join a clause to the name rather than modify it.
     */
    private static boolean nameOf(String display, EntityId id) {
        String slug = LabelNormalizer.slug(display);
        if (slug.equals(id.key())) {
            return true;
        }
        // words between spaces only: "text-to-image" or "end-to-end" modify a name, "X using Y" or "X and Y" do not
        Set<String> own = new HashSet<>(List.of(id.key().split("-")));
        for (String w : display.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!own.contains(w) && (CorpusSurvey.isFunctionWord(w) || w.equals("using"))) {
                return false;
            }
        }
        return true;
    }

    /** Evidence that a mention is a name; a long form its acronym cannot abbreviate is cut short, so it is none. */
    private static boolean isStrong(Mention m) {
        if (m.acronym() != null && !AcronymIndex.fits(m.acronym(), m.text())) {
            return false;
        }
        return m.role() == MentionRole.CONTRIBUTED || m.acronym() != null || m.rule().startsWith("cue")
                || m.rule().equals("vocabulary") || m.confidence() >= 0.75;
    }

    /**
     * Whether {@code name} is one word in capitals or mixed case (an acronym, "NaMe"): a name by its shape, whatever
     * its contexts ("ABC-based"). A phrase with such a word in it ("widget AI") is judged by its uses like any other.
     */
    private static boolean namedLikeAName(String name) {
        String w = LabelNormalizer.display(name).strip();
        return w.indexOf(' ') < 0 && StrongNameIndex.caseBound(w);
    }

    private String prefLabel(EntityId id) {
        NameStats st = stats.get(id);
        if (st == null) {
            // a name a paper moved to another type (NumberedFamilies) is still written as the corpus writes it
            for (EntityType t : EntityType.values()) {
                NameStats other = stats.get(new EntityId(t, id.key()));
                if (other != null) {
                    return other.prefLabel(new EntityId(t, id.key()));
                }
            }
            return id.key().replace('-', ' ');
        }
        return id.type() == EntityType.DATASET ? datasetLabel(id, st) : st.prefLabel(id);
    }

    /**
     * A dataset's acronym is its name when the corpus names it by the acronym alone in more papers than by the
     * written-out form its acronym was defined for (a simulator known by its acronym keeps it, not a rarely used
     * expansion); else the most used written-out form.
     */
    private String datasetLabel(EntityId id, NameStats st) {
        String label = st.prefLabel(id);
        int most = st.papers;
        for (String acronym : st.acronyms) {
            NameStats own = stats.get(new EntityId(id.type(), LabelNormalizer.slug(acronym)));
            if (own != null && own != st && own.papers > most) {
                label = acronym;
                most = own.papers;
            }
        }
        return label;
    }

    @Override
    public String toString() {
        return "CorpusEntityResolver[" + stats.size() + " names]";
    }
}

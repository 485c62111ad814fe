package org.paperkg.mentions.ner;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllSentence;
import org.paperkg.mentions.conll.ConllSpan;
import org.paperkg.mentions.conll.ConllText;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.mentions.conll.TagScheme;

/**
 * Trains a CoreNLP {@link CRFClassifier} for methods, tasks and datasets from CoNLL documents (any of IO, BIO,
 * BIOES; source types mapped by a {@link TagMapping}) and writes it as a serialized model ({@code .ser.gz}).
 */
public final class CrfTrainer {

    private final TagMapping mapping;
    private final TagScheme scheme;
    private final Properties properties;
    private final boolean learnOtherTypes;

    /** The label prefix of source types the mapping drops, when they are learnt as classes of their own. */
    public static final String OTHER_PREFIX = "OTHER_";

    /** A trainer with the given label mapping, IO labels, {@link #defaultProperties()}, other types learnt. */
    public CrfTrainer(TagMapping mapping) {
        this(mapping, TagScheme.IO, defaultProperties(), true);
    }

    /**
     * A trainer with the given label mapping, the scheme of the model's labels (IO: {@code METHOD}; BIO:
     * {@code B-METHOD}, {@code I-METHOD}; BIOES is trained as BIO) and CoreNLP CRF properties.
     */
    public CrfTrainer(TagMapping mapping, TagScheme scheme, Properties properties) {
        this(mapping, scheme, properties, true);
    }

    /**
     * As {@link #CrfTrainer(TagMapping, TagScheme, Properties)}; {@code learnOtherTypes} keeps the source types the
     * mapping drops (e.g. SciERC's OtherScientificTerm) as classes of their own ({@code OTHER_...}) instead of
     * {@code O}, so that the model does not learn that such phrases are outside any entity; the extractor ignores
     * those classes.
     */
    public CrfTrainer(TagMapping mapping, TagScheme scheme, Properties properties, boolean learnOtherTypes) {
        this.learnOtherTypes = learnOtherTypes;
        this.mapping = mapping;
        this.scheme = scheme == TagScheme.BIOES ? TagScheme.BIO : scheme;
        this.properties = (Properties) properties.clone();
    }

    /**
     * Word features only, because the text paperkg tags comes without reliable POS tags (SciERC's POS column is a
     * constant, cs-ner has none) and running the POS tagger would roughly halve extraction speed: the word and its
     * neighbours, prefixes and suffixes up to 6 characters, word shape, disjunctive words in a window of 4, and label
     * sequence features. These are the settings of CoreNLP's own NER models without distributional similarity.
     */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("map", "word=0,answer=1");
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useDisjunctive", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "true");
        p.setProperty("maxLeft", "1");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("wordShape", "chris2useLC");
        // one gradient thread: the machine is shared; raise with multiThreadGrad for speed.
        p.setProperty("multiThreadGrad", "1");
        return p;
    }

    /**
     * What a training run did.
     *
     * @param sentences sequences trained on
     * @param tokens    tokens trained on
     * @param spans     gold spans per entity type after mapping
     * @param time      wall time of feature extraction and optimisation
     * @param modelBytes size of the written model
     */
    public record Result(int sentences, int tokens, Map<EntityType, Integer> spans, Duration time, long modelBytes) {
    }

    /**
     * Trains on the documents and writes the model to {@code out} (gzip-compressed when the name ends with
     * {@code .gz}), replacing it only when training succeeded.
     *
     * @throws IllegalArgumentException when the documents hold no span of a mapped type
     */
    public Result train(Collection<ConllDocument> documents, Path out) throws IOException {
        List<List<CoreLabel>> sequences = new ArrayList<>();
        Map<EntityType, Integer> spans = new EnumMap<>(EntityType.class);
        int tokens = 0;
        for (ConllDocument doc : documents) {
            for (ConllSentence sentence : doc.sentences()) {
                List<String> labels = relabel(sentence);
                for (ConllSpan span : TagScheme.decode(0, labels)) {
                    EntityType type = CrfTagger.typeOf(span.label());
                    if (type != null) {
                        spans.merge(type, 1, Integer::sum);
                    }
                }
                sequences.add(toCoreLabels(sentence.tokens(), labels));
                tokens += sentence.size();
            }
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("the training data holds no span of the mapped types " + mapping);
        }
        long t0 = System.nanoTime();
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new SeqClassifierFlags(properties));
        crf.train(sequences, crf.makeReaderAndWriter());
        Duration time = Duration.ofNanos(System.nanoTime() - t0);

        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".crf-", ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream o = out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 ObjectOutputStream oos = new ObjectOutputStream(o)) {
                crf.serializeClassifier(oos);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(sequences.size(), tokens, spans, time, Files.size(out));
    }

    private List<String> relabel(ConllSentence sentence) {
        if (!learnOtherTypes) {
            return mapping.relabel(sentence, scheme);
        }
        List<ConllSpan> spans = new ArrayList<>();
        for (ConllSpan span : TagScheme.decode(0, sentence.labels())) {
            EntityType type = mapping.map(span.label());
            String label = type != null ? type.name()
                    : OTHER_PREFIX + span.label().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
            spans.add(new ConllSpan(0, span.start(), span.end(), label));
        }
        return scheme.encode(sentence.size(), spans);
    }

    private List<CoreLabel> toCoreLabels(List<String> words, List<String> labels) {
        List<CoreLabel> seq = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = ConllText.unescape(words.get(i));
            String label = labels.get(i);
            if (scheme == TagScheme.IO && label.startsWith("I-")) {
                // IO labels are written as the bare type name, as in CoreNLP's own models
                label = label.substring(2);
            }
            CoreLabel cl = new CoreLabel();
            cl.setWord(w);
            cl.setValue(w);
            cl.setOriginalText(w);
            cl.set(CoreAnnotations.AnswerAnnotation.class, label);
            cl.set(CoreAnnotations.GoldAnswerAnnotation.class, label);
            seq.add(cl);
        }
        return seq;
    }
}

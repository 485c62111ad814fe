package org.paperkg.mentions.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.paperkg.mentions.EntityType;

/**
 * A trained CoreNLP CRF that tags token sequences with {@link EntityType} names ({@code METHOD}, {@code TASK},
 * {@code DATASET}) or {@code O}. Thread-safe: every call works on its own token objects.
 */
public final class CrfTagger {

    /** The label for tokens outside any entity. */
    public static final String OUTSIDE = "O";

    private final CRFClassifier<CoreLabel> crf;

    CrfTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /**
     * Loads a model written by {@link CrfTrainer} (or any CoreNLP CRF model whose classes are entity type names).
     *
     * @throws IOException when the file is missing, unreadable or not a CRF model (message names the file)
     */
    public static CrfTagger load(Path model) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IOException(model + ": no such model file");
        }
        try (InputStream raw = Files.newInputStream(model);
             InputStream in = isGzip(model) ? new GZIPInputStream(raw, 1 << 16) : raw;
             ObjectInputStream ois = new ObjectInputStream(in)) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ois);
            return new CrfTagger(crf);
        } catch (ClassNotFoundException | ClassCastException | java.io.StreamCorruptedException
                 | java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(model + ": not a CoreNLP CRF model (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The labels the model knows, {@code O} included. */
    public List<String> labels() {
        return new ArrayList<>(crf.classIndex.objectsList());
    }

    /** The entity type a label stands for ({@code METHOD} or {@code I-METHOD} ...), null for {@code O} or unknown. */
    public static EntityType typeOf(String label) {
        if (label == null || label.equals(OUTSIDE)) {
            return null;
        }
        String l = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        try {
            return EntityType.valueOf(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One label per word (Viterbi). */
    public List<String> tag(List<String> words) {
        return tagWithConfidence(words, false).labels();
    }

    /**
     * One label per word (Viterbi) and, when {@code marginals} is set, each label's marginal probability under the
     * model (one extra forward-backward pass); otherwise the confidences are all 1.
     */
    public Tagged tagWithConfidence(List<String> words, boolean marginals) {
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel cl = new CoreLabel();
            cl.setWord(w);
            cl.setValue(w);
            cl.setOriginalText(w);
            tokens.add(cl);
        }
        List<String> labels = new ArrayList<>(words.size());
        double[] conf = new double[words.size()];
        if (tokens.isEmpty()) {
            return new Tagged(labels, conf);
        }
        crf.classify(tokens);
        for (CoreLabel t : tokens) {
            labels.add(t.get(CoreAnnotations.AnswerAnnotation.class));
        }
        if (marginals) {
            CRFCliqueTree<String> tree = crf.getCliqueTree(tokens);
            for (int i = 0; i < labels.size(); i++) {
                conf[i] = tree.prob(i, labels.get(i));
            }
        } else {
            java.util.Arrays.fill(conf, 1.0);
        }
        return new Tagged(labels, conf);
    }

    /**
     * Labels and their confidences.
     *
     * @param labels     one label per word
     * @param confidence the marginal probability of each label (all 1 when not computed)
     */
    public record Tagged(List<String> labels, double[] confidence) {
    }
}

package org.paperkg.learning;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * L2-regularised logistic regression (liblinear) over binary features named by strings: a small, well-understood
 * learner whose regularisation keeps it from memorising the few hundred annotated papers. Immutable and
 * thread-safe once trained or loaded.
 */
final class LinearClassifier {

    private final FeatureIndex index;
    private final Model model;

    private LinearClassifier(FeatureIndex index, Model model) {
        this.index = Objects.requireNonNull(index, "index");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Trains on examples (feature lists) with integer labels {@code 0..classes-1}; {@code c} is the inverse
     * regularisation strength. Deterministic.
     */
    static LinearClassifier train(FeatureIndex index, List<List<String>> examples, int[] labels, double c) {
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = index.vector(examples.get(i));
            p.y[i] = labels[i];
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
        return new LinearClassifier(index, m);
    }

    /** Probability of each label {@code 0..classes-1} (0 for a label never seen in training). */
    double[] probabilities(List<String> features, int classes) {
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, index.vector(features), p);
        double[] out = new double[classes];
        int[] labels = model.getLabels();
        for (int i = 0; i < labels.length; i++) {
            out[labels[i]] = p[i];
        }
        return out;
    }

    FeatureIndex index() {
        return index;
    }

    String save() throws IOException {
        StringWriter w = new StringWriter();
        model.save(w);
        return w.toString();
    }

    static LinearClassifier load(FeatureIndex index, String text) throws IOException {
        return new LinearClassifier(index, Model.load(new StringReader(text)));
    }

    /** Feature names to liblinear indices (1-based; the bias is the last index). Immutable. */
    static final class FeatureIndex {
        private final Map<String, Integer> ids;

        FeatureIndex(List<String> names) {
            java.util.HashMap<String, Integer> m = new java.util.HashMap<>(names.size() * 2);
            for (String n : names) {
                m.putIfAbsent(n, m.size() + 1);
            }
            this.ids = Map.copyOf(m);
        }

        int size() {
            return ids.size();
        }

        List<String> names() {
            String[] n = new String[ids.size()];
            ids.forEach((k, v) -> n[v - 1] = k);
            return Arrays.asList(n);
        }

        /** The indices of the known features among {@code features}, ascending, each once. */
        int[] ids(List<String> features) {
            return features.stream().map(ids::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                    .distinct().sorted().toArray();
        }

        Feature[] vector(List<String> features) {
            int[] found = ids(features);
            List<Feature> v = new ArrayList<>(found.length + 1);
            for (int id : found) {
                v.add(new FeatureNode(id, 1.0));
            }
            v.add(new FeatureNode(ids.size() + 1, 1.0));
            return v.toArray(new Feature[0]);
        }
    }
}

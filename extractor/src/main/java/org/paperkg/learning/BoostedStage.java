package org.paperkg.learning;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A boosted second stage over the type classifier: gradient-boosted trees (XGBoost) whose inputs are the logistic
 * regression's class probabilities and the most frequent binary features. Trees form the interactions a linear
 * model cannot (a name prior's share with the span's shape, with the first stage's confidence); the first stage's
 * probabilities it learns from are cross-fitted (out of fold) so that it does not learn to trust an over-confident
 * first stage. Absent features and zero probabilities are XGBoost's "missing" both in training and in use.
 * Training is deterministic (one thread, no sampling). Thread-safe: predictions are serialised.
 */
final class BoostedStage {

    /** Boosting rounds, tree depth and learning rate: small trees, few rounds, on a few hundred thousand rows. */
    static final int ROUNDS = 150;
    private static final int DEPTH = 5;
    private static final double ETA = 0.1;

    private final Booster booster;
    /** The binary features used, after the {@link LearnedModel#CLASSES} probability columns. */
    private final LinearClassifier.FeatureIndex columns;

    private BoostedStage(Booster booster, LinearClassifier.FeatureIndex columns) {
        this.booster = Objects.requireNonNull(booster, "booster");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /**
     * Trains on rows of first-stage probabilities and binary features, with labels {@code 0..classes-1} and
     * weights.
     */
    static BoostedStage train(LinearClassifier.FeatureIndex columns, List<double[]> probabilities,
                              List<List<String>> features, int[] labels, float[] weights) {
        int classes = LearnedModel.CLASSES;
        int rows = labels.length;
        long[] headers = new long[rows + 1];
        int[] indices = new int[rows * (classes + 24)];
        float[] data = new float[indices.length];
        int nnz = 0;
        for (int i = 0; i < rows; i++) {
            float[] dense = row(columns, probabilities.get(i), features.get(i));
            for (int k = 0; k < dense.length; k++) {
                if (dense[k] != 0f) {
                    if (nnz == indices.length) {
                        indices = java.util.Arrays.copyOf(indices, nnz * 2);
                        data = java.util.Arrays.copyOf(data, nnz * 2);
                    }
                    indices[nnz] = k;
                    data[nnz] = dense[k];
                    nnz++;
                }
            }
            headers[i + 1] = nnz;
        }
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = labels[i];
        }
        try {
            DMatrix m = new DMatrix(headers, java.util.Arrays.copyOf(indices, nnz), java.util.Arrays.copyOf(data, nnz),
                    DMatrix.SparseType.CSR, classes + columns.size());
            m.setLabel(y);
            m.setWeight(weights);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "multi:softprob");
            params.put("num_class", classes);
            params.put("max_depth", DEPTH);
            params.put("eta", ETA);
            params.put("tree_method", "hist");
            params.put("min_child_weight", 5);
            params.put("nthread", 1);
            params.put("seed", 0);
            params.put("verbosity", 0);
            Booster b = XGBoost.train(m, params, ROUNDS, new HashMap<>(), null, null);
            m.dispose();
            return new BoostedStage(b, columns);
        } catch (XGBoostError e) {
            throw new IllegalStateException("boosted second stage: " + e.getMessage(), e);
        }
    }

    /** One row: the first stage's probabilities, then 1 for each of the candidate's features among the columns. */
    private static float[] row(LinearClassifier.FeatureIndex columns, double[] probabilities, List<String> features) {
        int classes = LearnedModel.CLASSES;
        float[] dense = new float[classes + columns.size()];
        for (int k = 0; k < classes; k++) {
            dense[k] = (float) probabilities[k];
        }
        for (int id : columns.ids(features)) {
            dense[classes - 1 + id] = 1f;
        }
        return dense;
    }

    /** Class probabilities of several candidates: their first-stage probabilities and features. */
    double[][] probabilities(List<double[]> firstStage, List<List<String>> features) {
        int classes = LearnedModel.CLASSES;
        int width = classes + columns.size();
        int n = features.size();
        if (n == 0) {
            return new double[0][];
        }
        float[] data = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(row(columns, firstStage.get(i), features.get(i)), 0, data, i * width, width);
        }
        float[][] p;
        try {
            synchronized (booster) {
                p = booster.inplace_predict(data, n, width, 0f);
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("boosted second stage: " + e.getMessage(), e);
        }
        double[][] out = new double[n][classes];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < classes; k++) {
                out[i][k] = p[i][k];
            }
        }
        return out;
    }

    LinearClassifier.FeatureIndex columns() {
        return columns;
    }

    byte[] save() throws IOException {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IOException("boosted second stage: " + e.getMessage(), e);
        }
    }

    static BoostedStage load(LinearClassifier.FeatureIndex columns, byte[] model) throws IOException {
        try {
            return new BoostedStage(XGBoost.loadModel(model), columns);
        } catch (XGBoostError e) {
            throw new IOException("boosted second stage: " + e.getMessage(), e);
        }
    }
}

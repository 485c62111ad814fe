package org.paperkg.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a result is measured on as the pages write it beside its dataset: "NTU RGB+D 60 (X-Sub)", "DOTA (written
 * DOTAv2)". Scores on different splits or releases of one dataset are not comparable, so the reader must see which.
 *
 * @param dataset   the dataset entity's preferred label
 * @param asWritten the name as the sentence writes it (pkg:datasetAsWritten), or empty
 * @param split     the split, subset or setting (pkg:evaluationSplit), or empty
 */
public record MeasuredOn(String dataset, String asWritten, String split) {

    public MeasuredOn {
        dataset = dataset == null ? "" : dataset;
        asWritten = asWritten == null ? "" : asWritten;
        split = split == null ? "" : split;
    }

    /** The dataset's label with the written name and the split in brackets when the result has them. */
    public String text() {
        List<String> notes = new ArrayList<>(2);
        if (!asWritten.isBlank()) {
            notes.add("written " + asWritten);
        }
        if (!split.isBlank()) {
            notes.add(split);
        }
        String shown = dataset.isBlank() && !asWritten.isBlank() ? asWritten : dataset;
        return notes.isEmpty() || shown.equals(asWritten) && notes.size() == 1 ? shown
                : shown + " (" + String.join(", ", shown.equals(asWritten) ? notes.subList(1, 2) : notes) + ")";
    }
}

package org.paperkg.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;

/**
 * Dataset names that are a release of another dataset the corpus names: a version suffix ("WidgetSetV2", "WidgetSet
 * v1.1"), a publisher's prefix ("AB-WidgetSet") or a size suffix ("WidgetSet-1K"). Such a name folds into the base
 * name only when the corpus names the base as a dataset in at least as many papers, so the label stays the name the
 * corpus uses most; of several size suffixes of one base only the one in the most papers, ahead of every other, folds
 * ("WidgetSet-1K" is the WidgetSet most papers mean; "WidgetSet-21K" stays a dataset of its own). A bare number after
 * the name ("WidgetSet200", "Widget-10") names a different benchmark and never folds; nor does a base that is not
 * written as a name (capitals or mixed case): "AB-Suite" is no release of a "Suite" that one paper cut short.
 */
final class DatasetReleases {

    private static final Pattern VERSION = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]{2,}?)[- ]?[vV]\\d+(?:\\.\\d+)?");
    private static final Pattern SIZE = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]{2,}?)-(\\d+)[kKmM]");
    private static final Pattern PREFIX = Pattern.compile("\\p{Lu}{1,3}-(\\p{L}[\\p{L}\\p{N}]{2,})");

    /** Variant key of a release to the variant key of its base. */
    private final Map<String, String> baseOf;

    private DatasetReleases(Map<String, String> baseOf) {
        this.baseOf = baseOf;
    }

    /** The releases among the datasets of {@code stats}, whose variant keys are {@code keys}. */
    static DatasetReleases of(Map<EntityId, NameStats> stats, Map<EntityId, String> keys, AcronymIndex acronyms) {
        Map<String, Integer> datasetPapers = new HashMap<>();
        keys.forEach((id, key) -> {
            if (id.type() == EntityType.DATASET) {
                datasetPapers.merge(key, stats.get(id).papers, Integer::sum);
            }
        });
        Map<String, String> baseOf = new HashMap<>();
        // per base, the papers of each size-suffixed release
        Map<String, Map<String, Integer>> sizes = new HashMap<>();
        keys.forEach((id, key) -> {
            if (id.type() != EntityType.DATASET) {
                return;
            }
            String label = LabelNormalizer.display(stats.get(id).prefLabel(id)).strip();
            int papers = datasetPapers.get(key);
            Matcher size = SIZE.matcher(label);
            if (size.matches() && StrongNameIndex.caseBound(size.group(1))) {
                String base = EntityVariants.variantKey(size.group(1), acronyms);
                sizes.computeIfAbsent(base, k -> new HashMap<>()).put(key, papers);
                return;
            }
            Matcher version = VERSION.matcher(label);
            Matcher prefix = PREFIX.matcher(label);
            String base = version.matches() ? version.group(1) : prefix.matches() ? prefix.group(1) : null;
            if (base != null && StrongNameIndex.caseBound(base)) {
                String baseKey = EntityVariants.variantKey(base, acronyms);
                if (!baseKey.equals(key) && datasetPapers.getOrDefault(baseKey, 0) >= papers) {
                    baseOf.put(key, baseKey);
                }
            }
        });
        sizes.forEach((base, releases) -> {
            String top = null;
            int first = 0;
            int second = 0;
            for (var r : releases.entrySet()) {
                if (r.getValue() > first) {
                    second = first;
                    first = r.getValue();
                    top = r.getKey();
                } else {
                    second = Math.max(second, r.getValue());
                }
            }
            if (first > second && datasetPapers.getOrDefault(base, 0) >= first) {
                baseOf.put(top, base);
            }
        });
        return new DatasetReleases(baseOf);
    }

    /** The variant key {@code id} (of variant key {@code key}) is grouped under: its base's when it is a release. */
    String baseKey(EntityId id, String key) {
        return id.type() == EntityType.DATASET ? baseOf.getOrDefault(key, key) : key;
    }
}

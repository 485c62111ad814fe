package org.paperkg.mentions;

import java.util.Locale;

/** The three kinds of entity paperkg extracts. */
public enum EntityType {
    METHOD, TASK, DATASET;

    /** Lower-case name as used in file formats, IRIs and the command line ("method", "task", "dataset"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()} case-insensitively, also accepting plurals; returns null for anything else. */
    public static EntityType parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        for (EntityType type : values()) {
            if (type.id().equals(t)) {
                return type;
            }
        }
        return null;
    }
}

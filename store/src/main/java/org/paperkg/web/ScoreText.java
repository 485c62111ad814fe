package org.paperkg.web;

/**
 * A result's value as the pages write it with its unit: a sign-like unit right after the number ("11.2%"), a word
 * after a space ("2.3 points", "0.4 dB").
 *
 * @param value the value's lexical form
 * @param unit  the unit (pkg:unit), or empty
 */
public record ScoreText(String value, String unit) {

    public ScoreText {
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
    }

    public String text() {
        if (unit.isBlank()) {
            return value;
        }
        return Character.isLetter(unit.charAt(0)) ? value + " " + unit : value + unit;
    }
}

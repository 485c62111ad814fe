package org.paperkg.results;

import java.math.BigDecimal;

/**
 * A number token (with its unit) at tokens {@code [start, end)} of a sentence; a metric before it is looked for from
 * {@code anchor} back (the "from" of "from A to B" for B, else its start).
 *
 * @param fromValue the old value A of "from A to B"
 * @param toValue   the new value B of "from A to B"
 */
record NumberToken(int start, int end, int anchor, BigDecimal value, String unit, boolean plus, boolean fromValue,
                   boolean toValue) {
}

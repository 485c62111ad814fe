package org.paperkg.results;

import org.paperkg.entities.PaperLink;

/**
 * A link chosen for a value: the link (null only for no method), how it was chosen (written into the result's
 * rule), how much that lowers confidence, and whether it is another method's score.
 */
record Attached(PaperLink link, String how, double weight, boolean baseline) {
}

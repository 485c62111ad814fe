package org.paperkg.learning;

/**
 * A candidate with its gold label.
 *
 * @param candidate the candidate
 * @param label     0 none, else 1 + the {@link org.paperkg.mentions.EntityType} ordinal
 * @param proposed  for gold methods of document-level sources: 1 proposed, 0 not; -1 unknown
 */
record LabelledCandidate(Candidate candidate, int label, int proposed) {
}

/**
 * The token-level rules behind {@link org.paperkg.mentions.RuleMentionExtractor}: a token view of one paper,
 * acronym definitions, noun-phrase candidates typed by head noun and context, cue patterns for data sources and
 * contributions, generic-phrase filters and the final de-duplication, run in order by {@link
 * org.paperkg.mentions.rules.PaperRules}.
 */
package org.paperkg.mentions.rules;

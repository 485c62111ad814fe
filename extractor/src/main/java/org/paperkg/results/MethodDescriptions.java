package org.paperkg.results;

import java.util.List;

import org.paperkg.entities.PaperLink;

/**
 * The paper's proposed methods written only as lower-case descriptions ({@link ResultLinkFilter#describesMethod}),
 * one per entity.
 *
 * @param links the descriptions
 * @param alone every proposed-method link of the paper is one of them: "our method" can only mean one of these
 */
record MethodDescriptions(List<PaperLink> links, boolean alone) {

    static final MethodDescriptions NONE = new MethodDescriptions(List.of(), false);
}

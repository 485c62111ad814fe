package org.paperkg.rdf;

import java.util.List;
import java.util.Set;

import org.paperkg.entities.Entity;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;
import org.paperkg.papers.Origin;
import org.paperkg.papers.PaperRecord;

/** Hand-made papers, links and entities (invented text) for the RDF tests. */
final class RdfFixtures {

    static final String TITLE_A = "Lantern Attention Networks for Low-Light Scene Parsing";
    static final String ABSTRACT_A = "We propose lantern attention networks (LAN), a method for low-light scene parsing. "
            + "LAN is trained on the DuskCity benchmark and compared with a residual encoder. "
            + "We also release NightWalk, a new dataset of street scenes.";

    static final String TITLE_B = "Revisiting Residual Encoders";
    static final String ABSTRACT_B = "We study residual encoders for low-light scene parsing on DuskCity.";

    private RdfFixtures() {
    }

    static PaperRecord paperA() {
        return new PaperRecord("2403.04567", TITLE_A, ABSTRACT_A, List.of("Ada Müller", "Bo Chen"), 2,
                "2024-03-07", "arXiv.org Computer Vision", "2403.04567", null, "https://arxiv.org/abs/2403.04567",
                List.of("cs.CV", "cs.LG"), List.of(new Origin("listing.txt", 12, 3)), false);
    }

    static PaperRecord paperB() {
        return new PaperRecord("10.1002/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-k", TITLE_B, ABSTRACT_B, List.of(), 7, "2023-11", null, null,
                "10.1002/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-k", null, List.of(), List.of(new Origin("feed.xml", 40, 2)), true);
    }

    static PaperRecord paperC() {
        return new PaperRecord("title:3f2a9c", "A Title Without Abstract", "", List.of(), null, "2019", null, null,
                null, "not a url", List.of(), List.of(), false);
    }

    static int at(PaperRecord p, String s) {
        int i = p.fullText().indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException(s);
        }
        return i;
    }

    static PaperLink link(PaperRecord p, Relation r, String key, String label, String span, String rule, double conf) {
        int start = at(p, span);
        return new PaperLink(p.key(), r, key, label, "Sentence with " + span + ".", start, start + span.length(),
                rule, conf);
    }

    static List<PaperLink> linksA() {
        PaperRecord p = paperA();
        return List.of(
                link(p, Relation.PROPOSES_METHOD, "lantern-attention-network", "lantern attention network",
                        "lantern attention networks", "cue:we-propose", 0.9),
                link(p, Relation.ADDRESSES_TASK, "low-light-scene-parsing", "low-light scene parsing",
                        "low-light scene parsing", "cue:method-for", 0.8),
                link(p, Relation.USES_DATASET, "duskcity", "DuskCity", "DuskCity", "cue:benchmark", 0.75),
                link(p, Relation.USES_METHOD, "residual-encoder", "residual encoder", "residual encoder",
                        "np", 0.4),
                link(p, Relation.INTRODUCES_DATASET, "nightwalk", "NightWalk", "NightWalk", "cue:release", 0.7));
    }

    static List<PaperLink> linksB() {
        PaperRecord p = paperB();
        return List.of(
                link(p, Relation.USES_METHOD, "residual-encoder", "residual encoder", "residual encoders",
                        "corpus", 0.5),
                link(p, Relation.ADDRESSES_TASK, "low-light-scene-parsing", "low-light scene parsing",
                        "low-light scene parsing", "corpus", 0.6),
                link(p, Relation.USES_DATASET, "duskcity", "DuskCity", "DuskCity", "corpus", 1.0));
    }

    static List<Entity> entities() {
        return List.of(
                new Entity(EntityType.METHOD, "lantern-attention-network", "lantern attention network",
                        Set.of("LAN", "lantern attention networks", "lantern-attention network"), 1),
                new Entity(EntityType.TASK, "low-light-scene-parsing", "low-light scene parsing",
                        Set.of("low light scene parsing"), 2),
                new Entity(EntityType.DATASET, "duskcity", "DuskCity", Set.of("Dusk City"), 2),
                new Entity(EntityType.METHOD, "residual-encoder", "residual encoder", Set.of("ResEnc"), 2),
                new Entity(EntityType.DATASET, "nightwalk", "NightWalk", Set.of(), 1));
    }
}

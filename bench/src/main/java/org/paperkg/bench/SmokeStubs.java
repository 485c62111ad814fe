package org.paperkg.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.entities.Entity;
import org.paperkg.entities.EntityResolver;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/** Stand-ins used only to smoke-test the harness before the real extractor exists. */
final class SmokeStubs {

    private SmokeStubs() {
    }

    /** Proper-noun runs as method mentions, over tokenize,ssplit,pos. */
    static final class PosExtractor implements MentionExtractor {
        private final StanfordCoreNLP nlp;

        PosExtractor() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos");
            props.setProperty("tokenize.options", "splitHyphenated=false");
            nlp = new StanfordCoreNLP(props);
        }

        @Override
        public List<Mention> extract(PaperRecord paper) {
            Annotation a = new Annotation(paper.fullText());
            nlp.annotate(a);
            List<Mention> out = new ArrayList<>();
            for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    if ("NNP".equals(t.tag())) {
                        out.add(new Mention(t.word(), EntityType.METHOD, MentionRole.USED, t.beginPosition(),
                                t.endPosition(), null, "stub", 0.5, null));
                    }
                }
            }
            return out;
        }

        @Override
        public String name() {
            return "stub";
        }
    }

    /** Lower-cased text as the entity key. */
    static final class LowercaseResolver implements EntityResolver {
        private final Map<String, Integer> support = new ConcurrentHashMap<>();

        @Override
        public void learn(PaperRecord paper, List<Mention> mentions) {
            mentions.stream().map(m -> m.text().toLowerCase()).distinct().forEach(k -> support.merge(k, 1, Integer::sum));
        }

        @Override
        public List<PaperLink> links(PaperRecord paper, List<Mention> mentions) {
            return mentions.stream().map(m -> m.text().toLowerCase()).distinct()
                    .map(k -> new PaperLink(paper.key(), Relation.USES_METHOD, k, k, null, 0, 0, "stub", 0.5))
                    .toList();
        }

        @Override
        public Collection<Entity> entities() {
            return support.entrySet().stream()
                    .map(e -> new Entity(EntityType.METHOD, e.getKey(), e.getKey(), null, e.getValue())).toList();
        }
    }
}

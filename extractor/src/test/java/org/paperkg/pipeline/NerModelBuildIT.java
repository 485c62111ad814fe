package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperkg.mentions.conll.ConllReader;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.mentions.ner.CrfTrainer;
import org.paperkg.rdf.ShapesValidator;

/** {@code BuildOptions.nerModel}: a CRF trained on an invented fixture runs beside the rules and the output conforms. */
class NerModelBuildIT {

    @TempDir
    Path tmp;

    @Test
    void buildWithATrainedModelConforms() throws Exception {
        Path fixture = Path.of(NerModelBuildIT.class.getResource("/ner/invented-train.txt").toURI());
        Path model = tmp.resolve("model.ser.gz");
        new CrfTrainer(TagMapping.defaults()).train(new ConllReader().documents(fixture), model);

        Path listing = Path.of(NerModelBuildIT.class.getResource("/pipeline/part-1.jsonl").toURI());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        BuildSummary s = new GraphBuilder(new BuildOptions(null, model, 1))
                .build(List.of(listing), out, p -> { }, n -> { });
        out.finish();
        assertEquals(2, s.papers());
        assertTrue(s.linkCount() > 0, s.describe());
        assertEquals(List.of(), ShapesValidator.packaged().validate(dsg));
    }
}

package org.paperkg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/** What a writer sends to a {@link StreamRDF}, as N-Quads text (lines, without the last line break). */
final class NQuadsText {

    private NQuadsText() {
    }

    static String of(Consumer<StreamRDF> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        writer.accept(out);
        out.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}

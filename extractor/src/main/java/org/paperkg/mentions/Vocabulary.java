package org.paperkg.mentions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** User-supplied known names of methods, tasks and datasets (SKOS Turtle or TSV), matched wherever they appear. */
public final class Vocabulary {

    private static final String PKG = "https://w3id.org/paperkg/ontology#";

    /** Lower-cased label to its type. */
    private final Map<String, EntityType> labels;

    private Vocabulary(Map<String, EntityType> labels) {
        this.labels = Collections.unmodifiableMap(labels);
    }

    /** A vocabulary that knows no names. */
    public static Vocabulary empty() {
        return new Vocabulary(new TreeMap<>());
    }

    /** A vocabulary from an in-memory map of label to type. */
    public static Vocabulary of(Map<String, EntityType> entries) {
        Map<String, EntityType> map = new TreeMap<>();
        entries.forEach((label, type) -> add(map, label, type));
        return new Vocabulary(map);
    }

    /**
     * Reads a vocabulary: SKOS Turtle ({@code skos:prefLabel}/{@code skos:altLabel} of resources typed
     * {@code pkg:Method}, {@code pkg:Task} or {@code pkg:Dataset}) when the file name ends in .ttl, else TSV lines
     * {@code label<TAB>method|task|dataset} ({@code #} starts a comment).
     *
     * @throws IllegalArgumentException naming file and line when the content is malformed
     */
    public static Vocabulary load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, EntityType> map = new TreeMap<>();
        if (name.endsWith(".ttl") || name.endsWith(".rdf") || name.endsWith(".nt") || name.endsWith(".jsonld")) {
            Model model = ModelFactory.createDefaultModel();
            try {
                RDFDataMgr.read(model, file.toString());
            } catch (RiotException e) {
                throw new IllegalArgumentException(file + ": not readable RDF: " + e.getMessage(), e);
            }
            for (EntityType type : EntityType.values()) {
                String local = type.id().substring(0, 1).toUpperCase(Locale.ROOT) + type.id().substring(1);
                Resource cls = model.createResource(PKG + local);
                model.listResourcesWithProperty(RDF.type, cls).forEachRemaining(r -> {
                    for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                        for (Statement st : r.listProperties(p).toList()) {
                            RDFNode o = st.getObject();
                            if (o.isLiteral()) {
                                add(map, o.asLiteral().getLexicalForm(), type);
                            }
                        }
                    }
                });
            }
        } else {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                EntityType type = parts.length == 2 ? EntityType.parse(parts[1]) : null;
                if (type == null) {
                    throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": expected label<TAB>method|task|dataset");
                }
                add(map, parts[0], type);
            }
        }
        return new Vocabulary(map);
    }

    private static void add(Map<String, EntityType> map, String label, EntityType type) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            map.putIfAbsent(key, type);
        }
    }

    /** The type of a known label (case-insensitive), else null. */
    public EntityType typeOf(String label) {
        return labels.get(label.strip().toLowerCase(Locale.ROOT));
    }

    /** Every known lower-cased label with its type. */
    public Map<String, EntityType> labels() {
        return labels;
    }

    /** Number of known labels. */
    public int size() {
        return labels.size();
    }

    /** Longest label length in whitespace-separated words (0 when empty). */
    public int maxWords() {
        int max = 0;
        for (String l : labels.keySet()) {
            max = Math.max(max, l.split("\\s+").length);
        }
        return max;
    }
}

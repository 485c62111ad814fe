package org.paperkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki configuration ({@code fuseki-config/config.ttl}) with the per-run values (store directory, query
 * timeout, whether writes are allowed) applied.
 */
public final class StoreConfig {

    /** Classpath location of the packaged configuration. */
    public static final String CONFIG_RESOURCE = "paperkg/fuseki-config/config.ttl";
    /** Default query timeout in milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";

    private final Model model;
    private final Path db;

    private StoreConfig(Model model, Path db) {
        this.model = model;
        this.db = db;
    }

    /**
     * Reads the configuration from {@code configFile}, or the packaged one when null, and points it at the store
     * directory {@code db} (TDB2 in {@code db/tdb2}, Lucene in {@code db/text}).
     */
    public static StoreConfig load(Path configFile, Path db) {
        Model m = ModelFactory.createDefaultModel();
        if (configFile != null) {
            if (!Files.isReadable(configFile)) {
                throw new StoreException("Cannot read the Fuseki configuration " + configFile + ".");
            }
            RDFParser.source(configFile).lang(Lang.TURTLE).parse(m);
        } else {
            try (InputStream in = StoreConfig.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
                if (in == null) {
                    throw new StoreException("The packaged Fuseki configuration " + CONFIG_RESOURCE + " is missing.");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new StoreException("Cannot read the packaged Fuseki configuration: " + e.getMessage(), e);
            }
        }
        Path abs = db.toAbsolutePath().normalize();
        StoreConfig config = new StoreConfig(m, abs);
        config.replaceObjects(m.createProperty(TDB2, "location"), m.createLiteral(abs.resolve("tdb2").toString()));
        config.replaceObjects(m.createProperty(TEXT, "directory"),
                m.createResource(abs.resolve("text").toUri().toString()));
        return config;
    }

    /** Sets the query timeout (milliseconds) of every {@code arq:queryTimeout} context entry. */
    public StoreConfig timeoutMillis(long millis) {
        Property name = model.createProperty(JA, "cxtName");
        Property value = model.createProperty(JA, "cxtValue");
        for (Resource r : model.listSubjectsWithProperty(name, "arq:queryTimeout").toList()) {
            r.removeAll(value);
            r.addProperty(value, Long.toString(millis));
        }
        return this;
    }

    /** Removes every endpoint that writes (update, GSP read-write): the server becomes read-only. */
    public StoreConfig readOnly() {
        Property endpoint = model.createProperty(FUSEKI, "endpoint");
        Property operation = model.createProperty(FUSEKI, "operation");
        List<Statement> links = model.listStatements(null, endpoint, (RDFNode) null).toList();
        for (Statement link : links) {
            Resource ep = link.getResource();
            Statement op = ep.getProperty(operation);
            String local = op == null ? "" : op.getResource().getLocalName();
            if (local.equals("update") || local.equals("gsp-rw") || local.equals("upload") || local.equals("patch")) {
                model.remove(link);
                model.removeAll(ep, null, null);
            }
        }
        return this;
    }

    /** The (modified) configuration model, as given to Fuseki. */
    public Model model() {
        return model;
    }

    /** The store directory. */
    public Path db() {
        return db;
    }

    /** The resource describing the served dataset (the text dataset wrapping TDB2). */
    public Resource datasetResource() {
        Property dataset = model.createProperty(FUSEKI, "dataset");
        List<RDFNode> ds = model.listObjectsOfProperty(dataset).toList();
        if (ds.size() != 1) {
            throw new StoreException("The Fuseki configuration must describe exactly one dataset; found " + ds.size() + ".");
        }
        return ds.get(0).asResource();
    }

    /** The service names (e.g. "papers") of the configuration. */
    public List<String> serviceNames() {
        Property name = model.createProperty(FUSEKI, "name");
        return model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service"))
                .mapWith(s -> s.getProperty(name).getString()).toList();
    }

    /** Assembles the dataset (text index over TDB2) described by the configuration. */
    public Dataset assemble() {
        try {
            DatabaseCreation.createIfAbsent(db.resolve("tdb2"));
            Files.createDirectories(db.resolve("text"));
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + db + ": " + e.getMessage(), e);
        }
        return DatasetFactory.assemble(datasetResource());
    }

    private void replaceObjects(Property p, RDFNode value) {
        for (Resource s : model.listSubjectsWithProperty(p).toList()) {
            s.removeAll(p);
            s.addProperty(p, value);
        }
    }
}

package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;

class TestStoreConfig {

    static Set<String> operations(Model m) {
        Property op = m.createProperty(StoreConfig.FUSEKI, "operation");
        return m.listObjectsOfProperty(op).toList().stream().map(n -> n.asResource().getLocalName()).collect(Collectors.toSet());
    }

    @Test
    void pointsAtTheStoreAndSetsTheTimeout() {
        Path db = Path.of("some", "db").toAbsolutePath();
        StoreConfig c = StoreConfig.load(Path.of("../fuseki-config/config.ttl"), db).timeoutMillis(1234);
        Model m = c.model();
        assertEquals(db.resolve("tdb2").toString(),
                m.listObjectsOfProperty(m.createProperty(StoreConfig.TDB2, "location")).next().asLiteral().getString());
        assertEquals(db.resolve("text").toUri().toString(),
                m.listObjectsOfProperty(m.createProperty(StoreConfig.TEXT, "directory")).next().asResource().getURI());
        assertEquals("1234", m.listObjectsOfProperty(m.createProperty(StoreConfig.JA, "cxtValue")).next().asLiteral().getString());
        assertEquals(java.util.List.of("papers"), c.serviceNames());
    }

    @Test
    void readOnlyDropsEveryWritingEndpoint() {
        StoreConfig c = StoreConfig.load(null, Path.of("db"));
        assertTrue(operations(c.model()).containsAll(Set.of("query", "gsp-r", "update", "gsp-rw")));
        c.readOnly();
        Set<String> ops = operations(c.model());
        assertEquals(Set.of("query", "gsp-r"), ops);
        assertFalse(c.model().listObjectsOfProperty(c.model().createProperty(StoreConfig.FUSEKI, "allowedUsers")).hasNext());
    }

    @Test
    void packagedAndProjectConfigurationsAreTheSame() {
        assertTrue(StoreConfig.load(null, Path.of("db")).model()
                .isIsomorphicWith(StoreConfig.load(Path.of("../fuseki-config/config.ttl"), Path.of("db")).model()));
    }
}

package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;

class TestResourceIris {

    @Test
    void newStyleArxivIdsStayAsTheyAre() {
        assertEquals("https://w3id.org/paperkg/resource/paper/2401.01234", ResourceIris.paper("2401.01234"));
    }

    @Test
    void unsafeCharactersArePercentEncoded() {
        assertEquals("https://w3id.org/paperkg/resource/paper/cs%2F0112017", ResourceIris.paper("cs/0112017"));
        assertEquals("https://w3id.org/paperkg/resource/paper/10.1234%2Fabc%285%29%2Fx%20y",
                ResourceIris.paper("10.1234/abc(5)/x y"));
        assertEquals("https://w3id.org/paperkg/resource/paper/title%3A3f2a9c", ResourceIris.paper("title:3f2a9c"));
        assertEquals("https://w3id.org/paperkg/resource/paper/caf%C3%A9", ResourceIris.paper("café"));
    }

    @Test
    void encodingIsInjective() {
        assertNotEquals(ResourceIris.paper("a/b"), ResourceIris.paper("a%2Fb"));
    }

    @Test
    void everyMintedIriIsValid() {
        for (String key : new String[] {"2401.01234", "hep-th/9901001", "10.1000/x<y>{z}|\\^`\"#?", "title:abc"}) {
            String iri = ResourceIris.paper(key);
            assertTrue(IRIx.create(iri).isAbsolute(), iri);
            assertTrue(iri.matches("https://w3id\\.org/paperkg/resource/paper/[A-Za-z0-9._~%-]+"), iri);
        }
    }

    @Test
    void entityIrisUseTheTypeAndKey() {
        assertEquals("https://w3id.org/paperkg/resource/method/graph-attention-network",
                ResourceIris.entity(EntityType.METHOD, "graph-attention-network"));
        assertEquals("https://w3id.org/paperkg/resource/dataset/duskcity",
                ResourceIris.entity(EntityType.DATASET, "duskcity"));
    }

    @Test
    void statementIrisAreShortDeterministicHashes() {
        String p = ResourceIris.paper("2401.01234");
        String m = ResourceIris.entity(EntityType.METHOD, "x");
        String s1 = ResourceIris.statement(p, Relation.PROPOSES_METHOD, m);
        assertEquals(s1, ResourceIris.statement(p, Relation.PROPOSES_METHOD, m));
        assertNotEquals(s1, ResourceIris.statement(p, Relation.USES_METHOD, m));
        assertTrue(s1.matches("https://w3id\\.org/paperkg/resource/statement/[0-9a-f]{16}"), s1);
    }

    @Test
    void authorIrisAreSlugsOfTheNormalisedName() {
        assertEquals("https://w3id.org/paperkg/resource/author/ada-muller", ResourceIris.author("Ada Müller"));
        assertEquals(ResourceIris.author("Ada Müller"), ResourceIris.author("  ADA  MÜLLER "));
        assertTrue(ResourceIris.author("李雷").startsWith("https://w3id.org/paperkg/resource/author/h"));
    }
}

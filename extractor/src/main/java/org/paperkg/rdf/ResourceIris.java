package org.paperkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;

/**
 * Mints the IRIs of paperkg resources ({@code https://w3id.org/paperkg/resource/{kind}/{key}}) deterministically,
 * so the same paper, entity, statement or author gets the same IRI in every run and input order.
 */
public final class ResourceIris {

    private static final HexFormat HEX = HexFormat.of();

    private ResourceIris() {
    }

    /** The paper's IRI; the key is percent-encoded where it holds characters unsafe in an IRI path segment. */
    public static String paper(String paperKey) {
        return PKG.RESOURCE + "paper/" + safeSegment(paperKey);
    }

    /** The IRI of an entity of {@code type} with key {@code entityKey} (kept as is when already safe). */
    public static String entity(EntityType type, String entityKey) {
        return PKG.RESOURCE + type.id() + "/" + safeSegment(entityKey);
    }

    /** The IRI of the statement describing the link {@code paperIri relation entityIri}: a short hash of the three. */
    public static String statement(String paperIri, Relation relation, String entityIri) {
        return statement(paperIri, relation.localName(), entityIri);
    }

    /** The IRI of the statement describing {@code paperIri pkg:propertyLocalName objectIri}. */
    static String statement(String paperIri, String propertyLocalName, String objectIri) {
        String text = paperIri + " " + PKG.NS + propertyLocalName + " " + objectIri;
        return PKG.RESOURCE + "statement/" + shortHash(text);
    }

    /** The IRI of a metric, by its key. */
    public static String metric(String key) {
        return PKG.RESOURCE + "metric/" + safeSegment(key);
    }

    /** The IRI of a result: a short hash of what identifies it (paper, values, span). */
    public static String result(String identity) {
        return PKG.RESOURCE + "result/" + shortHash(identity);
    }

    /** The IRI of an author, keyed by the slug of the normalised name. */
    public static String author(String name) {
        String slug = slug(name);
        return PKG.RESOURCE + "author/" + (slug.isEmpty() ? "h" + shortHash(name.strip()) : slug);
    }

    /**
     * Keeps RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) and percent-encodes every other byte of the
     * UTF-8 text: injective, so different keys never share an IRI; arXiv ids like {@code 2401.01234} stay as they are.
     */
    static String safeSegment(String key) {
        StringBuilder out = new StringBuilder(key.length() + 8);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.toHexDigits((byte) c).toUpperCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** Lower-case ASCII slug: accents stripped, runs of anything but letters and digits become one hyphen. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** First 16 hex digits of the SHA-256 of the text. */
    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

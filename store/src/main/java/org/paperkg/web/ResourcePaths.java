package org.paperkg.web;

import org.paperkg.rdf.PKG;

/**
 * The mapping between paperkg IRIs and this server's paths: {@code https://w3id.org/paperkg/resource/KIND/KEY} is
 * served at {@code /resource/KIND/KEY} (which redirects), its page at {@code /page/KIND/KEY} and its data at
 * {@code /data/KIND/KEY.EXT}. KEY stays percent-encoded as in the IRI.
 */
final class ResourcePaths {

    private ResourcePaths() {
    }

    /** The IRI of the resource at path {@code kind/key}. */
    static String iri(String path) {
        return PKG.RESOURCE + path;
    }

    /** The path ({@code kind/key}) of a paperkg IRI, or null when the IRI is not a paperkg resource. */
    static String path(String iri) {
        return iri != null && iri.startsWith(PKG.RESOURCE) ? iri.substring(PKG.RESOURCE.length()) : null;
    }

    /** The page link of an IRI: the local page for paperkg resources, the IRI itself otherwise. */
    static String page(String iri) {
        String p = path(iri);
        return p == null ? iri : "/page/" + p;
    }

    /** The kind (first segment: paper, method, task, dataset, author, statement) of a path. */
    static String kind(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}

/**
 * The browser side of the paperkg server: Linked Data pages and RDF forms for every resource under
 * {@code /resource/...}, search, saved queries as forms, and a SPARQL editor; all drawn on the server, no request
 * leaves the machine.
 */
package org.paperkg.web;

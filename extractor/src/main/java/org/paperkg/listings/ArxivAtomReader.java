package org.paperkg.listings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads arXiv API Atom feeds with StAX: one record per {@code entry} (id, title, summary, authors, published,
 * categories, DOI, journal reference, links), with the line each entry starts at. DTDs and external entities are off.
 */
final class ArxivAtomReader implements ListingReader {

    private final XMLInputFactory factory;

    ArxivAtomReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    @Override
    public void read(Path file, String name, RecordSink sink) throws IOException {
        long record = 0;
        boolean inEntry = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = null;
            try {
                x = factory.createXMLStreamReader(in, "UTF-8");
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("entry")) {
                        long line = x.getLocation().getLineNumber();
                        record++;
                        inEntry = true;
                        PaperBuilder b = readEntry(x);
                        inEntry = false;
                        if (b.arxivId != null && b.arxivId.contains("/api/errors")) {
                            sink.reject(line, record, "record " + record + " is an arXiv API error: "
                                    + org.paperkg.papers.PaperText.clean(b.abstractText));
                        } else if (!b.hasTitle()) {
                            sink.reject(line, record, "record " + record + " has no title");
                        } else {
                            sink.accept(b.build(name, line, record));
                        }
                    }
                }
            } catch (XMLStreamException e) {
                long at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
                String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
                int cut = msg.indexOf("Message: ");
                long done = inEntry ? record - 1 : record;
                sink.reject(at, done + 1, "is not well-formed XML at line " + at + " (after " + done
                        + " records): " + (cut >= 0 ? msg.substring(cut + 9) : msg) + "; the rest of the file was skipped");
            } finally {
                if (x != null) {
                    try {
                        x.close();
                    } catch (XMLStreamException e) {
                        // nothing more to read
                    }
                }
            }
        }
    }

    private static PaperBuilder readEntry(XMLStreamReader x) throws XMLStreamException {
        PaperBuilder b = new PaperBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String local = x.getLocalName();
            switch (local) {
                case "id" -> b.arxivId = x.getElementText();
                case "title" -> b.title = x.getElementText();
                case "summary" -> b.abstractText = x.getElementText();
                case "published" -> b.date = IsoDates.parse(x.getElementText());
                case "updated" -> {
                    String d = IsoDates.parse(x.getElementText());
                    if (b.date == null) {
                        b.date = d;
                    }
                }
                case "doi" -> b.doi = x.getElementText();
                case "journal_ref" -> b.venue = x.getElementText();
                case "primary_category", "category" -> {
                    b.addCategory(x.getAttributeValue(null, "term"));
                    depth++;
                }
                case "link" -> {
                    if ("alternate".equals(x.getAttributeValue(null, "rel")) || x.getAttributeValue(null, "rel") == null) {
                        b.url = x.getAttributeValue(null, "href");
                    }
                    depth++;
                }
                case "name" -> b.addAuthor(x.getElementText());
                default -> depth++;
            }
        }
        if (b.arxivId != null && !b.arxivId.contains("/api/errors")) {
            String raw = b.arxivId;
            b.arxivId = org.paperkg.papers.PaperKeys.arxivId(raw);
            if (b.url == null && raw.startsWith("http")) {
                b.url = raw.strip();
            }
        }
        return b;
    }
}

package org.paperkg.listings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.listings.TextLines.Line;
import org.paperkg.papers.PaperText;

/**
 * Reads aggregator listing pages: header boilerplate, then one block per paper (title, source line, abstract, each
 * separated by one blank line), blocks separated by two or more blank lines.
 */
final class AggregatorPageReader implements ListingReader {

    @Override
    public void read(Path file, String name, RecordSink sink) throws IOException {
        try (TextLines lines = new TextLines(file)) {
            List<Line> block = new ArrayList<>();
            int blanks = 2;
            long records = 0;
            boolean started = false;
            Line line;
            while ((line = lines.next()) != null) {
                if (line.blank()) {
                    blanks++;
                    continue;
                }
                if (blanks >= 2 && !block.isEmpty()) {
                    if (started || looksLikeRecord(block)) {
                        started = true;
                        emit(block, false, false, name, ++records, sink);
                    }
                    block.clear();
                }
                blanks = 0;
                block.add(line);
            }
            if (!block.isEmpty() && (started || looksLikeRecord(block))) {
                emit(block, true, !lines.endedWithNewline() && blanks == 0, name, ++records, sink);
            }
        }
    }

    /** A block whose last line is prose (the abstract) and whose first line could be a title. */
    static boolean looksLikeRecord(List<Line> block) {
        return block.size() >= 2 && block.size() <= 6 && !block.get(0).bad()
                && block.get(0).text().length() <= 500 && isProse(block.get(block.size() - 1));
    }

    /** A line long enough and wordy enough to be an abstract. */
    static boolean isProse(Line line) {
        if (line.bad()) {
            return true;
        }
        String t = line.text().strip();
        return t.length() >= 80 && t.split("\\s+").length >= 10;
    }

    private static void emit(List<Line> block, boolean last, boolean cutAtEnd, String name, long record,
            RecordSink sink) throws IOException {
        Line first = block.get(0);
        for (Line l : block) {
            if (l.bad()) {
                sink.reject(l.number(), record, l.message(record));
                return;
            }
        }
        // three or more lines are title, source, abstract whatever their length; two need a real abstract
        if (block.size() < 2 || (block.size() == 2 && !isProse(block.get(1)))) {
            String why = last ? "the file ends before its abstract" : "expected a title, a source line and an abstract";
            sink.reject(first.number(), record, "record " + record + " is incomplete: " + why);
            return;
        }
        PaperBuilder b = new PaperBuilder();
        b.title = first.text();
        int abstractFrom = 1;
        if (block.size() >= 3 && !isProse(block.get(1))) {
            b.venue = block.get(1).text();
            abstractFrom = 2;
        }
        StringBuilder abs = new StringBuilder();
        for (int i = abstractFrom; i < block.size(); i++) {
            abs.append(block.get(i).text()).append(' ');
        }
        b.abstractText = abs.toString();
        String cleaned = PaperText.clean(b.abstractText);
        b.truncated = cleaned.endsWith("...") || cleaned.endsWith("\u2026") || (cutAtEnd && PaperText.looksCutOff(cleaned));
        sink.accept(b.build(name, first.number(), record));
    }
}

package org.paperkg.listings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.listings.TextLines.Line;
import org.paperkg.papers.PaperText;

/**
 * Reads daily-papers pages: header boilerplate, date headings ("Aug 6"), then per paper a title and an abstract,
 * optionally followed by metadata lines that belong to the paper above them ("• 11 authors", "·", an organisation,
 * "Nov 20, 2021" with an optional trailing vote count).
 */
final class DailyPapersPageReader implements ListingReader {

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** A date heading or metadata date: month, day, optional year, optional trailing vote count. */
    static final Pattern DATE = Pattern.compile("^" + MONTH + " (\\d{1,2})(?:, (\\d{4}))?(?: (\\d+))?$");
    static final Pattern AUTHORS = Pattern.compile("^[•·*-]?\\s*(\\d+) authors?$");
    private static final String DOT = "·";
    private static final Pattern VOTES = Pattern.compile("^\\d+$");

    private Deque<Line> ahead;
    private TextLines lines;

    @Override
    public void read(Path file, String name, RecordSink sink) throws IOException {
        try (TextLines in = new TextLines(file)) {
            this.lines = in;
            this.ahead = new ArrayDeque<>();
            readRecords(name, sink);
        } finally {
            this.lines = null;
            this.ahead = null;
        }
    }

    private void readRecords(String name, RecordSink sink) throws IOException {
        String headingDate = null;
        boolean started = false;
        long records = 0;
        Line line;
        while ((line = nextNonBlank()) != null) {
            String text = line.text().strip();
            Matcher heading = DATE.matcher(text);
            if (!line.bad() && heading.matches() && heading.group(4) == null) {
                started = true;
                headingDate = heading.group(3) == null ? null : IsoDates.monthDayYear(heading.group(1),
                        heading.group(2), heading.group(3));
                continue;
            }
            if (!started) {
                Line next = peek(0);
                if (next == null || !AggregatorPageReader.isProse(next) || AggregatorPageReader.isProse(line)) {
                    continue; // header boilerplate
                }
                started = true;
            }
            records++;
            if (isMetadata(line, false)) {
                sink.reject(line.number(), records, "record " + records + " starts with a metadata line ("
                        + shorten(text) + ") instead of a title");
                continue;
            }
            readRecord(line, headingDate, name, records, sink);
        }
    }

    private void readRecord(Line titleLine, String headingDate, String name, long record, RecordSink sink)
            throws IOException {
        Line abstractLine = peek(0) != null && !isHeading(peek(0)) && !isMetadata(peek(0), false) ? nextNonBlank() : null;
        PaperBuilder b = new PaperBuilder();
        b.title = titleLine.text();
        b.abstractText = abstractLine == null ? "" : abstractLine.text();
        b.date = headingDate;
        boolean afterDot = false;
        boolean sawMetadata = false;
        boolean sawDate = false;
        Line bad = titleLine.bad() ? titleLine : abstractLine != null && abstractLine.bad() ? abstractLine : null;
        // a date is metadata right after "·" or, once, inside a metadata block; otherwise it is the next heading
        while (peek(0) != null && isMetadata(peek(0), afterDot || (sawMetadata && !sawDate))) {
            Line m = nextNonBlank();
            sawMetadata = true;
            String t = m.text().strip();
            Matcher authors = AUTHORS.matcher(t);
            Matcher date = DATE.matcher(t);
            if (t.equals(DOT)) {
                afterDot = true;
                continue;
            }
            if (authors.matches()) {
                b.authorCount = Integer.valueOf(authors.group(1));
            } else if (date.matches()) {
                sawDate = true;
                b.date = date.group(3) == null ? null : IsoDates.monthDayYear(date.group(1), date.group(2), date.group(3));
            }
            // An organisation line or a bare vote count: kept out of the record (no field for them).
            afterDot = false;
        }
        if (bad != null) {
            sink.reject(bad.number(), record, bad.message(record));
            return;
        }
        if (abstractLine == null) {
            sink.reject(titleLine.number(), record, "record " + record + " is incomplete: "
                    + (peek(0) == null ? "the file ends before its abstract" : "it has a title but no abstract"));
            return;
        }
        boolean lastInFile = peek(0) == null;
        String abs = PaperText.clean(b.abstractText);
        b.truncated = abs.endsWith("...") || abs.endsWith("\u2026")
                || (lastInFile && !sawMetadata && !lines.endedWithNewline() && PaperText.looksCutOff(abs));
        sink.accept(b.build(name, titleLine.number(), record));
    }

    private boolean isHeading(Line line) {
        Matcher m = DATE.matcher(line.text().strip());
        return !line.bad() && m.matches() && m.group(4) == null;
    }

    /** Whether {@code line} (the next one) is metadata of the paper above it; dates only when {@code dateAllowed}. */
    private boolean isMetadata(Line line, boolean dateAllowed) throws IOException {
        if (line.bad()) {
            return false;
        }
        String t = line.text().strip();
        if (t.equals(DOT) || AUTHORS.matcher(t).matches()) {
            return true;
        }
        if (dateAllowed && DATE.matcher(t).matches()) {
            return true;
        }
        if (VOTES.matcher(t).matches()) {
            return true;
        }
        // an organisation name sits right before a "·" separator
        Line following = line == peek(0) ? peek(1) : null;
        return following != null && following.text().strip().equals(DOT);
    }

    private Line nextNonBlank() throws IOException {
        if (!ahead.isEmpty()) {
            return ahead.removeFirst();
        }
        return readNonBlank();
    }

    /** The {@code i}th next non-blank line without consuming it, or null. */
    private Line peek(int i) throws IOException {
        while (ahead.size() <= i) {
            Line l = readNonBlank();
            if (l == null) {
                return null;
            }
            ahead.addLast(l);
        }
        int k = 0;
        for (Line l : ahead) {
            if (k++ == i) {
                return l;
            }
        }
        return null;
    }

    private Line readNonBlank() throws IOException {
        Line l;
        while ((l = lines.next()) != null && l.blank()) {
            // skip
        }
        return l;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}

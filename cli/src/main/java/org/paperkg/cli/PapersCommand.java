package org.paperkg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;

import org.paperkg.listings.PaperSource;
import org.paperkg.listings.ReadProblem;
import org.paperkg.listings.ReadSummary;
import org.paperkg.papers.PaperJson;
import org.paperkg.papers.PaperRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code papers} command: reads listings and prints one JSON object per de-duplicated paper. */
@Command(name = "papers", mixinStandardHelpOptions = true,
        description = {"Reads listing files and folders (listing pages, arXiv Atom feeds, JSON Lines or JSON of "
                + "arXiv records; the format is detected from the content) and prints one JSON object per paper on "
                + "standard output, the same paper read twice merged into one.",
            "Errors go to standard error, one line each, followed by a summary.",
            "Exit code: 0 all input read, 2 some input rejected, 1 failure."})
public final class PapersCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Listing files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write each rejected file or record and why to FILE, as JSON Lines.")
    Path rejects;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Writer rejectsOut = null;
        try (PaperSource source = openSource()) {
            if (rejects != null) {
                rejectsOut = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8);
            }
            Writer rejectsSink = rejectsOut;
            source.onProblem(p -> report(p, err, rejectsSink));
            ReadSummary summary;
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            Stream<PaperRecord> read;
            // a bar on stderr while reading, only on a terminal; stdout stays JSON only
            try (ProgressBar bar = ProgressBars.open("Reading listings", -1, "records")) {
                source.onProgress(ProgressBars.stepper(bar));
                read = source.papers();
            }
            try (Stream<PaperRecord> papers = read) {
                summary = source.summary();
                for (Iterator<PaperRecord> it = papers.iterator(); it.hasNext(); ) {
                    out.write(PaperJson.toJsonLine(it.next()));
                    out.write('\n');
                }
            }
            out.flush();
            err.println("paperkg papers: " + summary);
            err.flush();
            return summary.rejected() == 0 ? ExitCodes.OK : ExitCodes.REJECTED;
        } finally {
            if (rejectsOut != null) {
                rejectsOut.close();
            }
        }
    }

    private PaperSource openSource() throws IOException {
        try {
            return PaperSource.open(paths);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file or folder: " + e.getFile(), e);
        }
    }

    private static void report(ReadProblem p, PrintWriter err, Writer rejectsOut) {
        err.println(p);
        err.flush();
        if (rejectsOut == null) {
            return;
        }
        try {
            rejectsOut.write(p.toJsonLine());
            rejectsOut.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write the rejects file: " + e.getMessage(), e);
        }
    }
}

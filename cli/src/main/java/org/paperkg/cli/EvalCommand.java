package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.paperkg.pipeline.ExtractorFactory;
import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.eval.DocumentEvaluator;
import org.paperkg.eval.DocumentReport;
import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.MentionEvaluator;
import org.paperkg.eval.Scores;
import org.paperkg.listings.PaperSource;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllReader;
import org.paperkg.mentions.conll.TagMapping;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code eval} command: document-level scores against gold JSON and mention-level scores against CoNLL files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against annotated data.",
                "Document level: the entities linked to each gold paper (matched by title) against its gold methods, "
                        + "tasks and datasets, exact and partial matching, and recall of the proposed methods.",
                "Mention level: exact token spans against CoNLL files (Task, Method; Material against Dataset).",
                "With no options: ../shared/data/gold-dev/seed_gold_dev.json against ../shared/seeds, and "
                        + "../shared/data/scierc/dev.txt, where present."})
public final class EvalCommand implements Callable<Integer> {

    static final Path DEFAULT_GOLD = Path.of("../shared/data/gold-dev/seed_gold_dev.json");
    static final Path DEFAULT_PAPERS = Path.of("../shared/seeds");
    static final Path DEFAULT_CONLL = Path.of("../shared/data/scierc/dev.txt");

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSON: an array or JSON Lines of {id, title, methods, tasks, datasets}; a record "
                    + "without title is matched by its id, an arXiv identifier.")
    Path gold;

    @Option(names = "--papers", arity = "1..*", paramLabel = "PATH",
            description = "Listings holding the gold papers (files or folders); the whole corpus is extracted.")
    List<Path> papers = new ArrayList<>();

    @Option(names = "--conll", arity = "1..*", paramLabel = "FILE", description = "CoNLL files for the mention level.")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "Known names (SKOS Turtle or TSV).")
    Path vocabulary;

    @Option(names = "--ner-model", paramLabel = "MODEL",
            description = "A CRF model from 'paperkg train-ner', used beside the rules as in 'build --ner-model'.")
    Path nerModel;

    @Option(names = "--extractor", paramLabel = "KIND", defaultValue = "learned",
            description = "Mention extractor: learned (default) or rules.")
    String extractorName;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Extraction threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--agreement", paramLabel = "FILE",
            description = "Instead of extracting, score this second annotation of the same papers against --gold "
                    + "(inter-annotator agreement: the ceiling of what extraction can reach).")
    Path agreement;

    @Option(names = "--errors", description = "Also list every miss and false hit of the document level.")
    boolean errors;

    @Option(names = "--results", description = "Score result extraction instead: recall of Papers-with-Code results "
            + "stated in the abstracts (default data: " + "../shared/data/orkg-tdm).")
    boolean results;

    @Option(names = "--results-gold", paramLabel = "TSV", description = "Gold results (resultsAnnotation.tsv form).")
    Path resultsGold = ResultsEvaluation.DEFAULT_GOLD;

    @Option(names = "--results-papers", paramLabel = "JSONL",
            description = "Their papers: JSON Lines with arxiv_id, title, abstract.")
    Path resultsPapers = ResultsEvaluation.DEFAULT_PAPERS;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (results) {
            return new ResultsEvaluation(resultsGold, resultsPapers, vocabulary, nerModel, threads).run(out, err,
                    errors);
        }
        boolean explicit = gold != null || !papers.isEmpty() || !conll.isEmpty();
        Path goldFile = gold;
        List<Path> paperPaths = papers;
        List<Path> conllFiles = conll;
        if (!explicit) {
            goldFile = Files.exists(DEFAULT_GOLD) ? DEFAULT_GOLD : null;
            paperPaths = Files.exists(DEFAULT_PAPERS) ? List.of(DEFAULT_PAPERS) : List.of();
            conllFiles = Files.exists(DEFAULT_CONLL) ? List.of(DEFAULT_CONLL) : List.of();
            if (goldFile == null && conllFiles.isEmpty()) {
                err.println("paperkg eval: no data to evaluate: " + DEFAULT_GOLD + " and " + DEFAULT_CONLL
                        + " are absent; give --gold FILE --papers PATH... and/or --conll FILE...");
                return ExitCodes.FAILURE;
            }
        }
        if (agreement != null) {
            return agreement(goldFile, out);
        }
        if (goldFile != null && paperPaths.isEmpty()) {
            err.println("paperkg eval: --gold needs --papers PATH... holding the gold papers");
            return ExitCodes.FAILURE;
        }
        long t0 = System.nanoTime();
        MentionExtractor extractor = ExtractorFactory.create(
                ExtractorOption.parse(spec.commandLine(), extractorName), vocabulary, nerModel);
        err.printf(Locale.ROOT, "Loaded the extractor in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int exit = ExitCodes.OK;
        if (goldFile != null) {
            List<GoldPaper> goldPapers = GoldPaper.read(goldFile);
            DocumentReport report;
            t0 = System.nanoTime();
            try (PaperSource source = PaperSource.open(paperPaths)) {
                source.onProblem(p -> err.println("paperkg eval: " + p));
                report = DocumentEvaluator.evaluate(goldPapers, source.papers(), extractor,
                        new CorpusEntityResolver(), threads);
            }
            out.println("Gold: " + goldFile + "   papers: " + paperPaths);
            out.print(report.table());
            err.printf(Locale.ROOT, "Document level took %.1f s%n", (System.nanoTime() - t0) / 1e9);
            if (errors) {
                printDifferences(out, report);
            }
            if (!report.missingPapers().isEmpty()) {
                exit = ExitCodes.REJECTED;
            }
            out.println();
        }
        if (!conllFiles.isEmpty()) {
            ConllReader reader = new ConllReader();
            for (Path file : conllFiles) {
                List<ConllDocument> docs;
                try {
                    docs = reader.documents(file);
                } catch (IOException e) {
                    err.println("paperkg eval: " + e.getMessage() + " (file skipped)");
                    exit = ExitCodes.REJECTED;
                    continue;
                }
                t0 = System.nanoTime();
                Map<EntityType, Scores> scores = MentionEvaluator.evaluate(docs, extractor, TagMapping.defaults());
                out.print(MentionEvaluator.table(file + " (" + docs.size() + " documents)", scores,
                        "Material/Dataset"));
                err.printf(Locale.ROOT, "Mention level on %s took %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
                out.println();
            }
        }
        return exit;
    }

    private int agreement(Path goldFile, PrintStream out) throws IOException {
        if (goldFile == null) {
            System.err.println("paperkg eval: --agreement needs --gold FILE, the annotation to score against");
            return ExitCodes.FAILURE;
        }
        List<GoldPaper> first = GoldPaper.read(goldFile);
        List<GoldPaper> second = GoldPaper.read(agreement);
        DocumentReport report = DocumentEvaluator.agreement(first, second);
        out.println("Gold: " + goldFile + "   second annotation: " + agreement);
        out.print(report.table());
        if (errors) {
            printDifferences(out, report);
        }
        return ExitCodes.OK;
    }

    private static void printDifferences(PrintStream out, DocumentReport report) {
        out.println("Misses (FN) and false hits (FP), partial matching:");
        report.differences().stream()
                .sorted(Comparator.comparing((DocumentReport.Difference d) -> d.type())
                        .thenComparing(DocumentReport.Difference::falseHit)
                        .thenComparing(DocumentReport.Difference::paperId))
                .forEach(d -> out.printf(Locale.ROOT, "  %s %-7s %s  %s%n", d.falseHit() ? "FP" : "FN", d.type().id(),
                        d.paperId(), d.name()));
    }
}

package org.paperkg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.paperkg.queries.QueryCatalogue;
import org.paperkg.queries.QueryParameter;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;
import org.paperkg.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code query} command: runs a saved query against a local store or a SPARQL endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a saved query (queries/NAME.rq) against a local store (--db) or a running server (--endpoint).",
            "Parameters are bound as typed RDF terms, never pasted into the query text. `--list` shows every query "
                + "with its parameters and defaults."})
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Saved query name (file name without .rq).")
    String name;

    @Option(names = "--list", description = "List the saved queries and exit.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "Local store directory (default: run/db).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://localhost:3030/papers/sparql.")
        String endpoint;
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of saved queries (default: queries/ here, else the packaged ones).")
    Path queries;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration for --db (default: the one in fuseki-config/ here, else the packaged one).")
    Path config;

    @Override
    public Integer call() {
        QueryCatalogue catalogue = QueryCatalogue.locate(queries);
        PrintStream out = System.out;
        if (list || name == null) {
            for (SavedQuery q : catalogue.all()) {
                out.println(q.name() + "  —  " + q.title());
                out.println("    " + q.description());
                for (QueryParameter p : q.parameters()) {
                    out.println("    --param " + p.name() + "=" + p.defaultValue() + "   (" + p.type() + ") " + p.description());
                }
            }
            return ExitCodes.OK;
        }
        SavedQuery q = catalogue.get(name);
        if (target.endpoint != null) {
            write(QueryRunner.remote(target.endpoint).select(q, params), out);
            return ExitCodes.OK;
        }
        Path db = target.db == null ? LoadCommand.DEFAULT_DB : target.db;
        if (!Files.isDirectory(db.resolve("tdb2"))) {
            throw new StoreException("There is no paperkg store in " + db + "; load one with `paperkg load` or give --endpoint.");
        }
        try (PaperStore store = PaperStore.open(StoreConfig.load(LoadCommand.configFile(config), db))) {
            write(QueryRunner.local(store.dataset()).select(q, params), out);
        }
        return ExitCodes.OK;
    }

    private void write(ResultSetRewindable rs, PrintStream out) {
        QueryRunner.write(rs, format, out);
        out.flush();
    }
}

package org.paperkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The baseline for {@code paperkg load}: Jena's TDB2 loader API called directly on the same files, with
 * {@code MonitorOutputs.nullOutput()}. Run it in its own JVM (like {@code paperkg load}) so both pay the same start-up.
 *
 * <p>Usage: {@code JenaLoad --db DIR [--loader basic|sequential|phased|parallel|default] [--count] [--assembled]
 * FILE...}; {@code --count} also counts the store's quads before and after (outside the timed part);
 * {@code --assembled} opens the store as {@code paperkg load} does (Fuseki assembler, text dataset over TDB2 in
 * {@code DIR/tdb2}, Lucene in {@code DIR/text}) and loads into its TDB2 dataset, to tell the loader's cost in that
 * set-up from paperkg's own work.
 */
public final class JenaLoad {

    private JenaLoad() {
    }

    public static void main(String[] argv) {
        Args args = new Args(argv, "count", "assembled");
        boolean count = args.flag("count");
        boolean assembled = args.flag("assembled");
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Path db = Path.of(args.require("db"));
        String kind = args.get("loader", "phased");
        List<String> files = args.positional();
        DatasetGraph dsg = assembled
                ? ((org.apache.jena.query.text.DatasetGraphText) org.paperkg.store.StoreConfig.load(null, db).assemble()
                        .asDatasetGraph()).getWrapped()
                : DatabaseMgr.connectDatasetGraph(db.toString());
        long before = count ? Txn.calculateRead(dsg, () -> dsg.stream().count()) : -1;
        DataLoader loader = switch (kind) {
            case "basic" -> LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, MonitorOutputs.nullOutput());
            case "phased" -> LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            case "parallel" -> LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            case "default" -> LoaderFactory.createLoader(dsg, MonitorOutputs.nullOutput());
            default -> throw new IllegalArgumentException("unknown loader " + kind);
        };
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(files);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long after = count ? Txn.calculateRead(dsg, () -> dsg.stream().count()) : -1;
        long parsed = loader.countQuads() + loader.countTriples();
        System.out.printf(Locale.ROOT,
                "RESULT jena-load loader=%s quads_parsed=%d quads_before=%d quads_after=%d seconds=%.2f quads_per_s=%.0f"
                        + " jvm_to_end_s=%.2f%n",
                kind, parsed, before, after, secs, parsed / secs,
                (System.currentTimeMillis() - jvmStart) / 1e3);
    }
}

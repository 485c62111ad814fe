package org.paperkg.queries;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The saved queries: every {@code *.rq} of a folder, or of the packaged {@code paperkg/queries} resources. */
public final class QueryCatalogue {

    /** Classpath folder of the packaged saved queries. */
    public static final String RESOURCE_DIR = "paperkg/queries";

    private final List<SavedQuery> queries;

    private QueryCatalogue(List<SavedQuery> queries) {
        this.queries = queries;
    }

    /** Reads the saved queries of {@code dir}. */
    public static QueryCatalogue fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new QueryException("The saved-query folder " + dir + " does not exist.");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<SavedQuery> list = files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .map(QueryCatalogue::read)
                    .toList();
            return new QueryCatalogue(list);
        } catch (IOException e) {
            throw new QueryException("Cannot list the saved queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads the saved queries packaged with paperkg. */
    public static QueryCatalogue packaged() {
        URL url = QueryCatalogue.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new QueryException("The packaged saved queries (" + RESOURCE_DIR + ") are missing.");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromDirectory(fs.getPath(RESOURCE_DIR));
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("Cannot read the packaged saved queries: " + e.getMessage(), e);
        }
    }

    /**
     * The saved queries of {@code dir} when given, else of a {@code queries/} folder in the working directory when
     * there is one, else the packaged ones.
     */
    public static QueryCatalogue locate(Path dir) {
        if (dir != null) {
            return fromDirectory(dir);
        }
        Path local = Path.of("queries");
        if (Files.isDirectory(local)) {
            try (Stream<Path> s = Files.list(local)) {
                if (s.anyMatch(f -> f.toString().endsWith(".rq"))) {
                    return fromDirectory(local);
                }
            } catch (IOException e) {
                // fall through to the packaged queries
            }
        }
        return packaged();
    }

    /** All saved queries, sorted by name. */
    public List<SavedQuery> all() {
        return Collections.unmodifiableList(queries);
    }

    /** The query called {@code name} (file name without {@code .rq}). */
    public Optional<SavedQuery> find(String name) {
        String n = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return queries.stream().filter(q -> q.name().equals(n)).findFirst();
    }

    /** The query called {@code name}, or a plain error listing the names there are. */
    public SavedQuery get(String name) {
        return find(name).orElseThrow(() -> new QueryException("There is no saved query " + name
                + "; `paperkg query --list` shows them."));
    }

    private static SavedQuery read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return SavedQuery.parse(fileName.substring(0, fileName.length() - 3), text, fileName);
        } catch (IOException e) {
            throw new QueryException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.paperkg.listings;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The input files named on a command line: files as given ({@code -} is standard input; pipes and devices are read
 * like files), folders walked recursively (symbolic links followed, hidden entries and documentation files skipped,
 * sorted). What cannot be walked (an unreadable folder, a broken link, a link loop) is reported and skipped; the rest
 * is still read. A file named on the command line is always read, whatever its name.
 */
public final class InputFiles {

    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    /** Extensions of documents that sit beside data in a folder (a data set's README or SOURCE.md), never listings. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("md", "markdown", "rst", "pdf", "png", "jpg", "jpeg",
            "gif", "svg");

    /** Base names of a folder's documentation files, whatever their extension. */
    private static final Set<String> DOCUMENT_NAMES = Set.of("readme", "license", "licence", "copying", "notice",
            "changelog");

    private InputFiles() {
    }

    /** One input: the file to open (or {@code -}) and the name shown to users. */
    public record Input(Path file, String name) {
        /** True when the input is a stream to be read once (standard input, a pipe, a device), not a regular file. */
        public boolean stream() {
            return isStdin() || !Files.isRegularFile(file);
        }

        /** True for standard input. */
        public boolean isStdin() {
            return file.toString().equals(STDIN);
        }
    }

    /**
     * Expands {@code paths}; each problem met on the way goes to {@code problems}.
     *
     * @throws NoSuchFileException when a path given by the user does not exist (a typo stops the run)
     */
    public static List<Input> expand(List<Path> paths, Consumer<ReadProblem> problems) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals(STDIN)) {
                out.add(new Input(p, "standard input"));
            } else if (Files.isDirectory(p)) {
                walk(p, out, problems);
            } else if (Files.exists(p)) {
                out.add(new Input(p, p.toString()));
            } else if (Files.isSymbolicLink(p)) {
                problems.accept(new ReadProblem(p.toString(), 0, 0, "the file is a broken symbolic link; skipped"));
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder: " + p);
            }
        }
        return out;
    }

    private static void walk(Path root, List<Input> out, Consumer<ReadProblem> problems) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file) || documentation(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    // With FOLLOW_LINKS a link is only seen as a link when its target is missing.
                    problems.accept(new ReadProblem(file.toString(), 0, 0, "the file is a broken symbolic link; skipped"));
                } else if (attrs.isRegularFile()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(file)) {
                    problems.accept(new ReadProblem(file.toString(), 0, 0, why(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.naturalOrder());
        for (Path f : found) {
            out.add(new Input(f, f.toString()));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** True for a folder's documentation (README, SOURCE.md, a licence, a picture): skipped in a folder, not rejected. */
    static boolean documentation(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        String base = dot < 0 ? n : n.substring(0, dot);
        String ext = n.substring(n.lastIndexOf('.') + 1);
        return DOCUMENT_NAMES.contains(base) || (dot >= 0 && DOCUMENT_EXTENSIONS.contains(ext));
    }

    private static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "the folder is a symbolic link back into a folder above it (a loop); skipped";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: this file or folder cannot be read; skipped";
        }
        return "this file or folder cannot be read (" + e.getMessage() + "); skipped";
    }
}

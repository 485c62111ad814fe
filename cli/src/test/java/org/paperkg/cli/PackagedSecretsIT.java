package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Fails the build when a secret reaches a built artifact: paperkg's own jars (the command and its paperkg-* libraries)
 * must hold no password file, key store or private key, and no line that looks like a password-file entry.
 */
class PackagedSecretsIT {

    static final Pattern SECRET_NAME = Pattern.compile(
            "(^|/)(passwd[^/]*|[^/]*\\.passwd|\\.env|[^/]*\\.(pem|key|p12|pfx|jks|keystore)|credentials[^/]*|id_rsa[^/]*)$",
            Pattern.CASE_INSENSITIVE);
    /** A Jetty password-file line: {@code user: secret[, role]}, hashed or not, outside any Java source text. */
    static final Pattern PASSWORD_LINE = Pattern.compile("(?m)^\\s*[A-Za-z0-9_.-]+\\s*:\\s*(PBKDF2|MD5|CRYPT|OBF):\\S+");

    @Test
    void noBuiltJarHoldsASecret() throws IOException {
        Path target = Path.of("target");
        List<Path> jars = new ArrayList<>();
        jars.add(target.resolve("paperkg.jar"));
        try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
            lib.filter(p -> p.getFileName().toString().startsWith("paperkg-")).forEach(jars::add);
        }
        List<String> found = new ArrayList<>();
        for (Path jar : jars) {
            assertTrue(Files.isRegularFile(jar), "built: " + jar);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (!name.endsWith(".class") && SECRET_NAME.matcher(name).find()) {
                        found.add(jar.getFileName() + "!/" + name);
                    } else if (!entry.isDirectory() && !name.endsWith(".class") && entry.getSize() < (4 << 20)) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                            if (PASSWORD_LINE.matcher(text).find()) {
                                found.add(jar.getFileName() + "!/" + name + " (a password-file line)");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "secrets packaged: " + found);
    }
}

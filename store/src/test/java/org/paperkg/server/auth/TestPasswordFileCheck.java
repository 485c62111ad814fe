package org.paperkg.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPasswordFileCheck {

    @TempDir
    Path dir;

    @Test
    void hashedPasswordsCheckAndJettyFindsTheProvider() {
        String stored = Pbkdf2Credential.hash("correct horse".toCharArray());
        assertTrue(stored.startsWith("PBKDF2:"));
        Credential c = Credential.getCredential(stored);
        assertTrue(c instanceof Pbkdf2Credential, "Jetty loads the provider: " + c.getClass());
        assertTrue(c.check("correct horse"));
        assertFalse(c.check("correct horse "));
        assertFalse(c.check(null));
        assertTrue(!stored.equals(Pbkdf2Credential.hash("correct horse".toCharArray())), "salted");
    }

    @Test
    void warnsOnReadableFilesAndPlainPasswords() throws Exception {
        Path file = dir.resolve("passwd");
        Files.writeString(file, "# users\nwriter: plain\nreader: " + Pbkdf2Credential.hash("x".toCharArray()) + ", role\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> w = PasswordFileCheck.warnings(file);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).contains("chmod 600"));
        assertTrue(w.get(1).startsWith("Line 2 "));
        Files.writeString(file, "writer: " + Pbkdf2Credential.hash("x".toCharArray()) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(List.of(), PasswordFileCheck.warnings(file));
    }
}

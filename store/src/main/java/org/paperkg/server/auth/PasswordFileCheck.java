package org.paperkg.server.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What is wrong with a password file, as plain sentences for the operator: readable by group or others, or holding
 * a password in plain text (Jetty accepts both; paperkg warns).
 */
public final class PasswordFileCheck {

    private PasswordFileCheck() {
    }

    /** The warnings for {@code file}; empty when it is private to its owner and every password is hashed. */
    public static List<String> warnings(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                out.add("The password file " + file + " can be read by other users; make it private: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
        int line = 0;
        for (String l : Files.readAllLines(file)) {
            line++;
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains(":")) {
                continue;
            }
            String password = t.substring(t.indexOf(':') + 1).strip();
            int comma = password.indexOf(',');
            if (comma >= 0) {
                password = password.substring(0, comma).strip();
            }
            if (!password.startsWith(Pbkdf2Credential.PREFIX)) {
                out.add("Line " + line + " of " + file + " holds a password in plain text (or a weak MD5/CRYPT hash); "
                        + "replace it with the line `paperkg passwd USER` prints.");
            }
        }
        return out;
    }
}

package org.paperkg.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.paperkg.server.auth.Pbkdf2Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The {@code passwd} command: prints a password-file line with the password hashed (PBKDF2). */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Asks for a password (or reads one line from standard input) and prints the password-file line "
                + "'USER: PBKDF2:...' with it hashed.",
            "Put the line in a file outside the source tree, chmod 600 it, and give it to serve with --passwd FILE."})
public final class PasswdCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "USER", defaultValue = "writer", description = "User name (default: ${DEFAULT-VALUE}).")
    String user;

    @Override
    public Integer call() throws IOException {
        char[] password;
        Console console = System.console();
        if (console != null) {
            password = console.readPassword("Password for %s: ", user);
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? new char[0] : line.toCharArray();
        }
        if (password == null || password.length == 0) {
            System.err.println("paperkg: no password given.");
            return ExitCodes.FAILURE;
        }
        System.out.println(user + ": " + Pbkdf2Credential.hash(password));
        return ExitCodes.OK;
    }
}

package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code serve} command (placeholder until its issue lands). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg serve: not available yet");
        return ExitCodes.FAILURE;
    }
}

package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code load} command (placeholder until its issue lands). */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg load: not available yet");
        return ExitCodes.FAILURE;
    }
}

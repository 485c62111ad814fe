package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code build} command (placeholder until its issue lands). */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg build: not available yet");
        return ExitCodes.FAILURE;
    }
}

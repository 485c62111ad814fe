package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code up} command (placeholder until its issue lands). */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class UpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg up: not available yet");
        return ExitCodes.FAILURE;
    }
}

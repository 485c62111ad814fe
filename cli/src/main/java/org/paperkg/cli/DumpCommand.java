package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code dump} command (placeholder until its issue lands). */
@Command(name = "dump", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class DumpCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg dump: not available yet");
        return ExitCodes.FAILURE;
    }
}

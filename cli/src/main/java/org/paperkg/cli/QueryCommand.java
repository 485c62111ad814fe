package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code query} command (placeholder until its issue lands). */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg query: not available yet");
        return ExitCodes.FAILURE;
    }
}

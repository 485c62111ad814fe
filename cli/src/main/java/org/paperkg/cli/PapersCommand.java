package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code papers} command (placeholder until its issue lands). */
@Command(name = "papers", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class PapersCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg papers: not available yet");
        return ExitCodes.FAILURE;
    }
}

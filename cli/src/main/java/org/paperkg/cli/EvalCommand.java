package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code eval} command (placeholder until its issue lands). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg eval: not available yet");
        return ExitCodes.FAILURE;
    }
}

package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code train-ner} command (placeholder until its issue lands). */
@Command(name = "train-ner", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class TrainNerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("paperkg train-ner: not available yet");
        return ExitCodes.FAILURE;
    }
}

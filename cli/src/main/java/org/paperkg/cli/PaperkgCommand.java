package org.paperkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperkg} command: entry point that dispatches to one subcommand per pipeline step. */
@Command(name = "paperkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns machine-learning paper listings into a knowledge graph of methods, tasks and datasets, "
                + "and serves it with SPARQL.",
        subcommands = {
            PapersCommand.class,
            BuildCommand.class,
            EvalCommand.class,
            TrainNerCommand.class,
            TrainCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            DumpCommand.class,
            UpCommand.class,
            PasswdCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PaperkgCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.REJECTED;
    }

    /** Builds the command line with paperkg's exit codes and error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PaperkgCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

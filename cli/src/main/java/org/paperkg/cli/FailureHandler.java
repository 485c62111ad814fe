package org.paperkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Reports a failed command as one plain sentence; the stack trace only with {@code --verbose}. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.getErr().println("paperkg " + cli.getCommandName() + ": " + message);
        if (isVerbose(parsed)) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("(run with --verbose for details)");
        }
        cli.getErr().flush();
        return ExitCodes.FAILURE;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}

package org.paperkg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every command has; mixed in with {@code @Mixin}. */
public final class CommonOptions {

    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Log progress details and show stack traces on errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
            ((Logger) LoggerFactory.getLogger("org.paperkg")).setLevel(Level.DEBUG);
        }
    }

    public boolean verbose() {
        return verbose;
    }
}

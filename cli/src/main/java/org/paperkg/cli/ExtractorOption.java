package org.paperkg.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.paperkg.pipeline.ExtractorChoice;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads the {@code --extractor} option shared by {@code build}, {@code load} and {@code eval}. */
final class ExtractorOption {

    private ExtractorOption() {
    }

    static ExtractorChoice parse(CommandLine cmd, String value) {
        for (ExtractorChoice c : ExtractorChoice.values()) {
            if (c.id().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        throw new ParameterException(cmd, "--extractor must be one of "
                + Arrays.stream(ExtractorChoice.values()).map(ExtractorChoice::id).collect(Collectors.joining(", "))
                + ", not '" + value + "'.");
    }
}

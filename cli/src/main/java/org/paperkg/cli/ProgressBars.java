package org.paperkg.cli;

import java.util.function.LongConsumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr, shown only when a person is watching a terminal. */
public final class ProgressBars {

    private ProgressBars() {
    }

    /** True when stderr is an interactive terminal (no bar in pipes, files or CI). */
    public static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /**
     * A bar named {@code task} counting {@code unit}s up to {@code total} (-1 when unknown), or null when not interactive.
     * Close it when done.
     */
    public static ProgressBar open(String task, long total, String unit) {
        if (!interactive()) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate()
                .showSpeed()
                .build();
    }

    /** A callback that advances {@code bar} to the given count; does nothing when {@code bar} is null. */
    public static LongConsumer stepper(ProgressBar bar) {
        return bar == null ? n -> { } : bar::stepTo;
    }
}

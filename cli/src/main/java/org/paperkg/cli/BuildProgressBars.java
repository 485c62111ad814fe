package org.paperkg.cli;

import me.tongfei.progressbar.ProgressBar;

import org.paperkg.pipeline.BuildProgress;

/** Progress bars for a build: records read, then papers extracted; on a terminal only. */
final class BuildProgressBars implements BuildProgress, AutoCloseable {
    private ProgressBar reading;
    private ProgressBar extracting;

    @Override
    public void recordsRead(long records) {
        if (reading == null) {
            reading = ProgressBars.open("Reading listings", -1, "records");
        }
        if (reading != null) {
            reading.stepTo(records);
        }
    }

    @Override
    public void papersRead(long papers) {
        if (reading != null) {
            reading.maxHint(reading.getCurrent()); // the count is known now: show the finished bar at 100%
            reading.close();
            reading = null;
        }
        extracting = ProgressBars.open("Extracting", papers, "papers");
    }

    @Override
    public void papersExtracted(long papers) {
        if (extracting != null) {
            extracting.stepTo(papers);
        }
    }

    @Override
    public void close() {
        if (reading != null) {
            reading.close();
        }
        if (extracting != null) {
            extracting.close();
        }
    }
}

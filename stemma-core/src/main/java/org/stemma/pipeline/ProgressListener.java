package org.stemma.pipeline;

import org.stemma.model.Stage;

/**
 * Hears how far a long run has got. Calls come from worker threads, so implementations must be thread-safe;
 * they must also be cheap, since {@link #advance} is called once a unit of work.
 */
public interface ProgressListener {
    /** A stage begins, with {@code total} units of work (articles or pairs). */
    void begin(Stage stage, long total);

    /** {@code units} more units of the current stage are done. */
    void advance(long units);

    /** The current stage is done. */
    void end(Stage stage);

    /** A listener that hears nothing. */
    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void begin(Stage stage, long total) {
        }

        @Override
        public void advance(long units) {
        }

        @Override
        public void end(Stage stage) {
        }
    };
}

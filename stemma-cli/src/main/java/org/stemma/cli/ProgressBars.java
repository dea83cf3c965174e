package org.stemma.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stemma.model.Stage;
import org.stemma.pipeline.ProgressListener;

/**
 * Shows a progress bar on stderr for each stage with enough work to take more than a moment; small stages
 * stay quiet so a small corpus prints nothing but its result.
 */
final class ProgressBars implements ProgressListener {
    /**
     * Below this many units a stage finishes in well under a second on one core (articles clean at
     * thousands a second, pairs align faster), so a bar would only flicker.
     */
    static final long MIN_UNITS_FOR_A_BAR = 500;

    private final PrintStream err;
    private volatile ProgressBar bar;

    ProgressBars(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void begin(Stage stage, long total) {
        if (total >= MIN_UNITS_FOR_A_BAR) {
            bar = new ProgressBarBuilder().setTaskName(stage.label()).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }
    }

    @Override
    public void advance(long units) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(units);
        }
    }

    @Override
    public synchronized void end(Stage stage) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

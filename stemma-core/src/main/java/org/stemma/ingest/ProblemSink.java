package org.stemma.ingest;

import org.stemma.model.Problem;

/** Receives the problems a reader meets; the reader goes on after each. Called on the reading thread. */
@FunctionalInterface
public interface ProblemSink {
    void report(Problem problem);

    /** A sink that drops everything; for callers that only want the good records. */
    ProblemSink IGNORE = problem -> { };
}

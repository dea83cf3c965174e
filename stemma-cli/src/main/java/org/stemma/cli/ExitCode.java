package org.stemma.cli;

/** The process exit codes, one meaning each. */
public final class ExitCode {
    /** The command did what was asked (bad records may have been skipped and reported). */
    public static final int OK = 0;
    /** Something went wrong that is not the user's input: an I/O error writing output, a bug. */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing argument, input path that does not exist. */
    public static final int USAGE = 2;
    /** The input is unusable as a whole: no readable article at all, a gold file that does not parse. */
    public static final int BAD_INPUT = 3;

    private ExitCode() {
    }
}

package org.stemma.cli;

/** The input as a whole cannot be used; maps to {@link ExitCode#BAD_INPUT}. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}

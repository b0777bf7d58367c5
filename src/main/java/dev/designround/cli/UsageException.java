package dev.designround.cli;

/** The command line asked for something that cannot be done as asked (exit code 2, one line, no stack trace). */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}

package dev.designround.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/** Keeps stack traces of internal errors out of the user's terminal, in a log file they can attach to a report. */
public final class ErrorLog {

    private ErrorLog() {
    }

    /** Appends the error to the log; returns the log's path, or empty if it could not be written. */
    public static Optional<Path> record(Throwable error, String[] args) {
        Path log = AppDirs.errorLog();
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println("---- " + Instant.now() + " design-round " + String.join(" ", args));
            error.printStackTrace(w);
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return Optional.of(log);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

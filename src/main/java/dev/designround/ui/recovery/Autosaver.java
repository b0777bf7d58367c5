package dev.designround.ui.recovery;

import dev.designround.io.DesignFile;
import dev.designround.io.RecoveryStore;
import dev.designround.round.RoundState;
import dev.designround.ui.edit.Editor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the open design to the {@link RecoveryStore} while it has unsaved changes, as the {@link AutosaveSchedule}
 * says (a few seconds after a burst of edits, and at least every 30 seconds while edits go on), so that a crash or
 * a kill loses at most that much. The design is copied on the calling (FX) thread and written on a background
 * thread, atomically. When the design is saved, or undone back to its saved state, or closed with the user's
 * consent, the recovery file is discarded. It only ever discards what it wrote itself in this session, so a
 * recovery file left by an earlier run stays until the user has answered the offer to restore it.
 *
 * <p>Use from one thread (the FX thread); {@code problems} is told on the writer thread.
 */
public final class Autosaver {

    private final RecoveryStore store;
    private final AutosaveSchedule schedule;
    private final Clock clock;
    private final Alarm alarm;
    private final Consumer<String> problems;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "autosave");
        t.setDaemon(true);
        return t;
    });
    private final Runnable onStack = this::stackChanged;
    private Editor editor;
    private Supplier<Optional<Path>> file = Optional::empty;
    private Supplier<Optional<RoundState>> round = Optional::empty;
    private Optional<Instant> firstUnwritten = Optional.empty();
    private long writtenVersion = -1;
    private boolean owned;

    /** @param problems told (on the writer thread) when the recovery file cannot be written or deleted */
    public Autosaver(RecoveryStore store, AutosaveSchedule schedule, Clock clock, Alarm alarm,
                     Consumer<String> problems) {
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
        this.alarm = alarm;
        this.problems = problems;
    }

    /**
     * Follows the design now open (or none), with the file it belongs to (asked at each write, since Save As
     * changes it). A design that opens with unsaved changes (a restored recovery) is written at once.
     */
    public void follow(Optional<Editor> next, Supplier<Optional<Path>> nextFile) {
        if (editor != null) {
            editor.stack().removeListener(onStack);
        }
        alarm.cancel();
        firstUnwritten = Optional.empty();
        writtenVersion = -1;
        editor = next.orElse(null);
        file = nextFile;
        if (editor == null) {
            discardOwned();
            return;
        }
        editor.stack().addListener(onStack);
        if (editor.stack().isClean()) {
            discardOwned();
        } else {
            writeNow();
        }
    }

    /**
     * Where the round practised on the open design comes from: it is written with the design (a change to the
     * round alone waits for the design's next write).
     */
    public void followRound(Supplier<Optional<RoundState>> current) {
        round = current;
    }

    private void stackChanged() {
        if (editor.stack().isClean()) {
            alarm.cancel();
            firstUnwritten = Optional.empty();
            writtenVersion = -1;
            discardOwned();
            return;
        }
        if (editor.stack().version() == writtenVersion) {
            return;
        }
        Instant now = clock.instant();
        Instant first = firstUnwritten.orElse(now);
        firstUnwritten = Optional.of(first);
        Duration wait = Duration.between(now, schedule.due(first, now));
        alarm.set(wait.isNegative() ? Duration.ZERO : wait, this::writeNow);
    }

    /** Writes the unsaved changes now (the window is asked to close, say); nothing when there are none. */
    public void writeNow() {
        alarm.cancel();
        firstUnwritten = Optional.empty();
        if (editor == null || editor.stack().isClean() || editor.stack().version() == writtenVersion) {
            return;
        }
        DesignFile copy = new DesignFile(editor.design().copy(), round.get());
        Optional<Path> belongsTo = file.get();
        writtenVersion = editor.stack().version();
        owned = true;
        writer.execute(() -> {
            try {
                store.save(copy, belongsTo, clock.instant());
            } catch (IOException | RuntimeException e) {
                problems.accept("Could not write the crash-recovery copy of your work: " + e.getMessage());
            }
        });
    }

    private void discardOwned() {
        if (!owned) {
            return;
        }
        owned = false;
        writer.execute(() -> {
            try {
                store.discard();
            } catch (IOException | RuntimeException e) {
                problems.accept("Could not delete the crash-recovery copy of your work: " + e.getMessage());
            }
        });
    }

    /** Waits (a few seconds at most) until what was handed to the writer is on disk. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            problems.accept("The crash-recovery copy is taking long to write: " + e);
        }
    }

    /**
     * A clean exit: the user saved or chose not to, so the recovery copy this session wrote is discarded; waits
     * for the writer to finish. Nothing is written after this.
     */
    public void close() {
        follow(Optional.empty(), Optional::empty);
        flush();
        writer.shutdown();
    }
}

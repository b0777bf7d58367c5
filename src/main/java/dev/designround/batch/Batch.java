package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.model.Design;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads many designs and runs one task on each, in parallel on a fixed number of threads, in one process (so the
 * catalog, the scenarios and the JVM are loaded once). Outcomes come back in the files' order whatever order they
 * finish in; a bad or unreadable file, or a bug met on one design, never stops the others.
 */
public final class Batch {

    /** What to do with each design; runs on worker threads, several at once. */
    @FunctionalInterface
    public interface Task<R> {
        R apply(DesignFile file, Design design) throws InputException;
    }

    private final DesignFiles files;
    private final int threads;

    /**
     * @param threads how many designs to handle at once, at least 1
     */
    public Batch(DesignFiles files, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.files = files;
        this.threads = threads;
    }

    /** As many threads as the machine has processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Reads each file and runs the task on its design.
     *
     * @return one outcome per file, in the order of {@code list}
     * @throws InterruptedException if the calling thread is interrupted while waiting (the workers are stopped)
     */
    public <R> List<BatchOutcome<R>> run(List<DesignFile> list, Task<R> task, BatchListener listener)
            throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        listener.started(list.size());
        List<BatchOutcome<R>> out = new ArrayList<>(list.size());
        try {
            if (threads == 1 || list.size() < 2) {
                for (DesignFile f : list) {
                    out.add(report(one(f, task), list.size(), done, lock, listener));
                }
                return out;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, list.size()), WORKERS);
            try {
                List<Future<BatchOutcome<R>>> futures = new ArrayList<>(list.size());
                for (DesignFile f : list) {
                    futures.add(pool.submit(() -> report(one(f, task), list.size(), done, lock, listener)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    out.add(result(futures.get(i), list.get(i)));
                }
                return out;
            } finally {
                pool.shutdownNow();
            }
        } finally {
            listener.ended();
        }
    }

    private <R> BatchOutcome<R> one(DesignFile file, Task<R> task) {
        long start = System.nanoTime();
        try {
            Optional<Design> design = files.read(file);
            if (design.isEmpty()) {
                return new BatchOutcome.Skipped<>(file);
            }
            R value = task.apply(file, design.get());
            return new BatchOutcome.Done<>(file, value, Duration.ofNanos(System.nanoTime() - start));
        } catch (InputException e) {
            return new BatchOutcome.Bad<>(file, e);
        } catch (RuntimeException | StackOverflowError e) {
            return new BatchOutcome.Failed<>(file, e);
        }
    }

    private static <R> BatchOutcome<R> report(BatchOutcome<R> outcome, int total, AtomicInteger done, Object lock,
                                              BatchListener listener) {
        synchronized (lock) {
            listener.finished(outcome, done.incrementAndGet(), total);
        }
        return outcome;
    }

    private static <R> BatchOutcome<R> result(Future<BatchOutcome<R>> future, DesignFile file)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return new BatchOutcome.Failed<>(file, e.getCause());
        }
    }

    private static final ThreadFactory WORKERS = new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "design-round-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    };
}

package dev.designround.batch;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

    @TempDir
    Path dir;

    private final DesignFiles files = DesignFiles.standard(CatalogLoader.bundled(), new JsonTreeReader());

    @Test
    void outcomesComeBackInTheFilesOrderWhateverOrderTheyFinishIn() throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            write(dir, "d" + i + ".json", DesignFilesTest.DESIGN.replace("\"u\"", "\"u" + i + "\""));
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<BatchOutcome<String>> out = new Batch(files, 4).run(files.list(List.of(dir)), (file, design) -> {
            threads.add(Thread.currentThread().getName());
            spin((40 - file.index()) % 7);
            return design.nodes().iterator().next().id();
        }, BatchListener.NONE);
        List<String> ids = out.stream().map(o -> ((BatchOutcome.Done<String>) o).value()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add("u" + i);
        }
        assertThat(ids).isEqualTo(expected);
        assertThat(threads).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("design-round-batch-"));
    }

    /** Takes a little time, differently per file, so that files finish out of order. */
    private static void spin(int millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void badFilesAndBugsAreOutcomesAndNeverStopTheOthers() throws InterruptedException {
        Path good = write(dir, "1-good.json", DesignFilesTest.DESIGN);
        write(dir, "2-broken.json", "{\"format\": ");
        write(dir, "3-scenario.json", DesignFilesTest.SCENARIO);
        write(dir, "4-bug.json", DesignFilesTest.DESIGN.replace("\"u\"", "\"bug\""));
        write(dir, "5-refused.json", DesignFilesTest.DESIGN.replace("\"u\"", "\"refused\""));
        List<BatchOutcome<String>> out = new Batch(files, 2).run(files.list(List.of(dir)), (file, design) -> {
            String id = design.nodes().iterator().next().id();
            if (id.equals("bug")) {
                throw new IllegalStateException("a bug");
            }
            if (id.equals("refused")) {
                throw new InputException(file.display(), "unknown scenario");
            }
            return id;
        }, BatchListener.NONE);
        assertThat(out).hasSize(5);
        assertThat(out.get(0)).isEqualTo(new BatchOutcome.Done<>(out.get(0).file(), "u",
                ((BatchOutcome.Done<String>) out.get(0)).time()));
        assertThat(out.get(0).file().path()).isEqualTo(good);
        assertThat(out.get(1)).isInstanceOfSatisfying(BatchOutcome.Bad.class, b -> assertThat(b.problem().getMessage())
                .startsWith(dir.resolve("2-broken.json") + ":1:12: broken JSON"));
        assertThat(out.get(2)).isInstanceOf(BatchOutcome.Skipped.class);
        assertThat(out.get(3)).isInstanceOfSatisfying(BatchOutcome.Failed.class,
                f -> assertThat(f.error()).hasMessage("a bug"));
        assertThat(out.get(4)).isInstanceOfSatisfying(BatchOutcome.Bad.class, b -> assertThat(b.problem().getMessage())
                .isEqualTo(dir.resolve("5-refused.json") + ": unknown scenario"));
    }

    @Test
    void theListenerHearsEveryFileOnceAndTheEnd() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            write(dir, i + ".json", DesignFilesTest.DESIGN);
        }
        List<String> heard = new ArrayList<>();
        new Batch(files, 3).run(files.list(List.of(dir)), (file, design) -> 1, new BatchListener() {
            @Override
            public void started(int total) {
                heard.add("started " + total);
            }

            @Override
            public void finished(BatchOutcome<?> outcome, int done, int total) {
                heard.add(done + "/" + total);
            }

            @Override
            public void ended() {
                heard.add("ended");
            }
        });
        assertThat(heard).containsExactly("started 10", "1/10", "2/10", "3/10", "4/10", "5/10", "6/10", "7/10",
                "8/10", "9/10", "10/10", "ended");
    }
}

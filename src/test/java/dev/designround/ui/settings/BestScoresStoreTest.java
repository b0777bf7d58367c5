package dev.designround.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Verdict;
import dev.designround.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestScoresStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesNoScores() {
        assertThat(new BestScoresStore(dir).load()).isEqualTo(BestScores.NONE);
    }

    @Test
    void recordedScoresReadBack() {
        BestScoresStore store = new BestScoresStore(dir);

        store.record("legal-doc-qa", new BestScore(Verdict.LEAN_HIRE, 72.5));
        store.record("fraud-detection-api", new BestScore(Verdict.NO_HIRE, 20));

        BestScores loaded = new BestScoresStore(dir).load();
        assertThat(loaded.of("legal-doc-qa")).contains(new BestScore(Verdict.LEAN_HIRE, 72.5));
        assertThat(loaded.of("fraud-detection-api")).contains(new BestScore(Verdict.NO_HIRE, 20));
    }

    @Test
    void aWorseResultDoesNotReplaceTheBest() {
        BestScoresStore store = new BestScoresStore(dir);
        store.record("legal-doc-qa", new BestScore(Verdict.LEAN_HIRE, 72.5));

        store.record("legal-doc-qa", new BestScore(Verdict.NO_HIRE, 95));

        assertThat(store.load().of("legal-doc-qa")).contains(new BestScore(Verdict.LEAN_HIRE, 72.5));
    }

    @Test
    void aDamagedEntryIsLeftOutAndTheRestIsRead() {
        TestFiles.write(dir, BestScoresStore.FILE_NAME, "a.verdict=GREAT\na.score=10\nb.verdict=LEAN_HIRE\n"
                + "b.score=lots\nc.verdict=NO_HIRE\nc.score=400\nd.verdict=STRONG_HIRE\nd.score=90\n");

        BestScores loaded = new BestScoresStore(dir).load();

        assertThat(loaded.byScenario()).containsOnlyKeys("d");
    }
}

package dev.designround.ui.settings;

import dev.designround.io.AtomicFiles;
import dev.designround.rules.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps {@link BestScores} in {@code best-scores.properties} next to the settings, one scenario per pair of keys
 * ({@code legal-doc-qa.verdict=LEAN_HIRE}, {@code legal-doc-qa.score=72.5}). Reading never fails: a missing or
 * damaged file gives no scores, an entry that makes no sense is left out. Writing is atomic.
 */
public final class BestScoresStore {

    static final String FILE_NAME = "best-scores.properties";

    private final Path file;

    /** @param folder the user's Design Round folder (where {@link SettingsStore} keeps the settings) */
    public BestScoresStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public BestScores load() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return BestScores.NONE;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return BestScores.NONE;
        }
        Map<String, BestScore> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.endsWith(".verdict")) {
                continue;
            }
            String id = key.substring(0, key.length() - ".verdict".length());
            try {
                out.put(id, new BestScore(Verdict.valueOf(p.getProperty(key).strip()),
                        Double.parseDouble(p.getProperty(id + ".score", "").strip())));
            } catch (IllegalArgumentException e) {
                // an unknown verdict, a missing or impossible score: leave this scenario out
            }
        }
        return new BestScores(out);
    }

    /** @throws UncheckedIOException if the file cannot be written */
    public void save(BestScores scores) {
        Properties p = new Properties();
        scores.byScenario().forEach((id, best) -> {
            p.setProperty(id + ".verdict", best.verdict().name());
            p.setProperty(id + ".score", Double.toString(best.score()));
        });
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Design Round: best submitted result per scenario");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads, records a result, and saves when it was the best; returns the scores now kept. */
    public BestScores record(String scenarioId, BestScore result) {
        BestScores before = load();
        BestScores after = before.record(scenarioId, result);
        if (!after.equals(before)) {
            save(after);
        }
        return after;
    }
}

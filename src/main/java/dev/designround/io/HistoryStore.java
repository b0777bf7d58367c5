package dev.designround.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonStyle;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import dev.designround.rules.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps every submission per scenario in the user's folder: {@code history/SCENARIO.json}, one file per scenario
 * (format {@code design-round.history}, version 1), rewritten whole and atomically at each Submit (the previous
 * version kept as {@code .bak}). A file that cannot be read is never overwritten: recording into it first moves it
 * aside as {@code SCENARIO.unreadable-TIME.json}, and says so.
 *
 * <pre>
 * {"format": "design-round.history", "version": 1, "scenario": "legal-doc-qa",
 *  "attempts": [{"at": "2025-06-01T10:15:30Z", "verdict": "LEAN_HIRE", "score": 72.5,
 *                "categories": {"guardrails": 66.7, ...},
 *                "failed": [{"rule": "legal.eval", "title": "Answers are evaluated offline"}]}]}
 * </pre>
 */
public final class HistoryStore {

    public static final String FORMAT = "design-round.history";
    public static final int VERSION = 1;
    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Path dir;
    private final JsonTreeReader json = new JsonTreeReader();

    /** @param folder the user's Design Round folder; histories go in its {@code history} folder */
    public HistoryStore(Path folder) {
        this.dir = folder.resolve("history");
    }

    /** What recording did: the history now kept, and a note for the user when a damaged file was moved aside. */
    public record Recorded(AttemptHistory history, Optional<String> note) {
    }

    /** The file a scenario's history is kept in. */
    public Path fileOf(String scenarioId) {
        if (!SCENARIO_ID.matcher(scenarioId).matches()) {
            throw new IllegalArgumentException("not a scenario id: " + scenarioId);
        }
        return dir.resolve(scenarioId + ".json");
    }

    /**
     * A scenario's history; empty when nothing was submitted yet.
     *
     * @throws InputException if its file cannot be read, naming the place and what is wrong
     */
    public AttemptHistory load(String scenarioId) throws InputException {
        Path file = fileOf(scenarioId);
        if (!Files.isRegularFile(file)) {
            return AttemptHistory.empty(scenarioId);
        }
        JsonValue root = json.read(file, file.toString());
        Problems problems = new Problems(file.toString());
        AttemptHistory history = fromTree(root, scenarioId, problems);
        problems.throwIfAny();
        return history;
    }

    /** Every scenario's history that can be read, by scenario id (the start view's trends). */
    public Map<String, AttemptHistory> loadAll() {
        Map<String, AttemptHistory> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
                if (SCENARIO_ID.matcher(id).matches()) {
                    try {
                        out.put(id, load(id));
                    } catch (InputException e) {
                        // left out here; recording into it moves it aside and says so
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /**
     * Adds an attempt to a scenario's history and writes it atomically.
     *
     * @throws IOException if the history cannot be written
     */
    public Recorded record(String scenarioId, Attempt attempt) throws IOException {
        Path file = fileOf(scenarioId);
        AttemptHistory before;
        Optional<String> note = Optional.empty();
        try {
            before = load(scenarioId);
        } catch (InputException e) {
            Path aside = file.resolveSibling(scenarioId + ".unreadable-"
                    + Instant.now().toString().replace(':', '-') + ".json");
            Files.move(file, aside);
            before = AttemptHistory.empty(scenarioId);
            note = Optional.of("Your history of " + scenarioId + " could not be read (" + e.getMessage()
                    + "); it is kept as " + aside + " and a new one starts with this attempt.");
        }
        AttemptHistory after = before.with(attempt);
        Files.createDirectories(dir);
        AtomicFiles.write(file, out -> write(after, out));
        return new Recorded(after, note);
    }

    private static AttemptHistory fromTree(JsonValue root, String scenarioId, Problems problems) {
        Optional<JsonFields> header = FileHeader.check(root, FORMAT, VERSION, "history file", problems);
        if (header.isEmpty()) {
            return AttemptHistory.empty(scenarioId);
        }
        JsonFields f = header.get();
        f.allowOnly("format", "version", "scenario", "attempts");
        f.optionalString("scenario").filter(s -> !s.equals(scenarioId)).ifPresent(s -> f.problem("scenario",
                "history file: it is the history of \"" + s + "\", not of \"" + scenarioId + "\""));
        List<Attempt> attempts = new ArrayList<>();
        List<JsonValue> values = f.array("attempts");
        for (int i = 0; i < values.size(); i++) {
            JsonFields.of(values.get(i), "attempts[" + i + "]", problems).flatMap(HistoryStore::attempt)
                    .ifPresent(attempts::add);
        }
        return new AttemptHistory(scenarioId, attempts);
    }

    private static Optional<Attempt> attempt(JsonFields a) {
        int before = a.problems().size();
        a.allowOnly("at", "verdict", "score", "categories", "failed");
        Optional<Instant> at = a.requiredString("at").flatMap(s -> {
            try {
                return Optional.of(Instant.parse(s));
            } catch (DateTimeParseException e) {
                a.problem("at", a.what() + ": \"at\" must be a time like 2025-06-01T10:15:30Z, not \"" + s + "\"");
                return Optional.empty();
            }
        });
        Optional<Verdict> verdict = a.requiredString("verdict").flatMap(v -> {
            Optional<Verdict> found = Arrays.stream(Verdict.values()).filter(x -> x.name().equals(v)).findFirst();
            if (found.isEmpty()) {
                a.problem("verdict", a.what() + ": unknown verdict \"" + v + "\"");
            }
            return found;
        });
        double score = (a.has("score") ? a.optionalNumberIn("score", 0, 100) // says when out of range
                : a.requiredNumber("score")).orElse(-1); // says when missing
        Map<String, Double> categories = new LinkedHashMap<>();
        a.optionalObject("categories", a.what() + " categories").ifPresent(c -> c.object().members().keySet()
                .forEach(key -> c.optionalNumberIn(key, 0, 100).ifPresent(v -> categories.put(key, v))));
        List<Attempt.FailedRule> failed = new ArrayList<>();
        List<JsonValue> rules = a.array("failed");
        for (int i = 0; i < rules.size(); i++) {
            JsonFields.of(rules.get(i), a.what() + " failed[" + i + "]", a.problems()).ifPresent(r -> {
                r.allowOnly("rule", "title");
                r.requiredString("rule").ifPresent(id -> failed.add(new Attempt.FailedRule(id,
                        r.optionalString("title").orElse(id))));
            });
        }
        if (a.problems().size() > before || at.isEmpty() || verdict.isEmpty() || score < 0) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(at.get(), verdict.get(), score, categories, failed));
    }

    private static void write(AttemptHistory history, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("scenario", history.scenario());
            g.writeArrayFieldStart("attempts");
            for (Attempt a : history.attempts()) {
                g.writeStartObject();
                g.writeStringField("at", a.at().toString());
                g.writeStringField("verdict", a.verdict().name());
                g.writeFieldName("score");
                DesignWriter.number(g, a.score());
                g.writeObjectFieldStart("categories");
                for (Map.Entry<String, Double> c : a.categories().entrySet()) {
                    g.writeFieldName(c.getKey());
                    DesignWriter.number(g, c.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("failed");
                for (Attempt.FailedRule r : a.failed()) {
                    g.writeStartObject();
                    g.writeStringField("rule", r.id());
                    g.writeStringField("title", r.title());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}

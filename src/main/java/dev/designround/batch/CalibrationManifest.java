package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.model.Catalog;
import dev.designround.rules.Verdict;
import dev.designround.scenario.ScenarioLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a calibration folder's {@code manifest.json}: an array of labelled designs, each
 * {@code {"file", "scenario", "kind", "expect": {"verdict": [...], "flags": [...], "not_flags": [...]}, "why"}}.
 * Every entry is checked before anything is graded: the design file exists, the scenario is installed, the verdicts
 * and failure modes are known ones. Problems name the manifest, line and column.
 */
public final class CalibrationManifest {

    public static final String FILE = "manifest.json";

    private final Catalog catalog;
    private final ScenarioLibrary library;
    private final JsonTreeReader json;

    public CalibrationManifest(Catalog catalog, ScenarioLibrary library, JsonTreeReader json) {
        this.catalog = catalog;
        this.library = library;
        this.json = json;
    }

    /**
     * The labelled designs of one calibration folder, in the manifest's order.
     *
     * @throws InputException naming the folder or the manifest, the place and what is wrong
     */
    public List<CalibrationCase> read(Path folder) throws InputException {
        String set = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new InputException(set, Files.exists(folder) ? "not a folder: calibrate reads folders holding a "
                    + FILE : "no such folder");
        }
        Path manifest = folder.resolve(FILE);
        String display = manifest.toString();
        if (!Files.exists(manifest)) {
            throw new InputException(display, "no such file: a calibration folder lists its labelled designs in "
                    + FILE);
        }
        return parse(json.read(manifest, display), folder, display);
    }

    private List<CalibrationCase> parse(JsonValue root, Path folder, String display) throws InputException {
        Problems problems = new Problems(display);
        if (!(root instanceof JsonValue.JsonArray entries)) {
            throw new InputException(display, root.position(), "the manifest must be an array of labelled designs, "
                    + "not " + JsonFields.article(root.typeName()));
        }
        if (entries.elements().isEmpty()) {
            throw new InputException(display, root.position(), "the manifest lists no designs");
        }
        List<CalibrationCase> out = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (int i = 0; i < entries.elements().size(); i++) {
            JsonValue entry = entries.elements().get(i);
            JsonFields.of(entry, name(entry, i), problems).flatMap(f -> entry(f, folder, files))
                    .ifPresent(out::add);
        }
        problems.throwIfAny();
        return out;
    }

    /** {@code entry 3 (legal-doc-qa.lean.json)}: its place from 1, and its file when it names one. */
    private static String name(JsonValue entry, int index) {
        String name = "entry " + (index + 1);
        if (entry instanceof JsonValue.JsonObject o && o.get("file") instanceof JsonValue.JsonString file) {
            name += " (" + file.value() + ")";
        }
        return name;
    }

    private Optional<CalibrationCase> entry(JsonFields f, Path folder, Set<String> files) {
        f.allowOnly("file", "scenario", "kind", "expect", "why");
        int before = f.problems().size();
        Optional<String> file = f.requiredString("file");
        Path path = null;
        if (file.isPresent()) {
            path = folder.resolve(file.get());
            if (!Files.isRegularFile(path)) {
                f.problem("file", f.what() + ": no such design file " + path);
            } else if (!files.add(path.toAbsolutePath().normalize().toString())) {
                f.problem("file", f.what() + ": \"" + file.get() + "\" is listed twice");
            }
        }
        Optional<String> scenario = f.requiredString("scenario");
        if (scenario.isPresent() && library.find(scenario.get()).isEmpty()) {
            f.problem("scenario", f.what() + ": unknown scenario \"" + scenario.get() + "\""
                    + Suggestions.didYouMean(scenario.get(), library.ids())
                    + " (the 'scenarios' command lists them; --pack DIR adds a scenario pack)");
        }
        String kind = f.optionalString("kind").orElse("");
        String why = f.optionalString("why").orElse("");
        Optional<JsonFields> expect = expect(f);
        List<Verdict> verdicts = expect.map(this::verdicts).orElse(List.of());
        List<String> flags = expect.map(e -> failureModes(e, "flags")).orElse(List.of());
        List<String> notFlags = expect.map(e -> failureModes(e, "not_flags")).orElse(List.of());
        for (String both : flags) {
            if (notFlags.contains(both)) {
                expect.get().problem("not_flags", expect.get().what() + ": \"" + both + "\" is both in \"flags\" and in "
                        + "\"not_flags\"");
            }
        }
        if (f.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CalibrationCase(folder.toString(), path, path.toString(), scenario.get(), kind,
                verdicts, flags, notFlags, why));
    }

    private static Optional<JsonFields> expect(JsonFields f) {
        if (!f.has("expect")) {
            f.problem("expect", f.what() + ": missing required field \"expect\"");
            return Optional.empty();
        }
        Optional<JsonFields> expect = f.optionalObject("expect", f.what() + ", expect");
        expect.ifPresent(e -> e.allowOnly("verdict", "flags", "not_flags"));
        return expect;
    }

    /** {@code "verdict"}: one verdict id, or an array of those a fair interviewer might give. */
    private List<Verdict> verdicts(JsonFields e) {
        List<String> names;
        if (!e.has("verdict")) {
            e.problem("verdict", e.what() + ": missing required field \"verdict\"");
            return List.of();
        }
        if (e.value("verdict").orElseThrow() instanceof JsonValue.JsonString s) {
            names = List.of(s.value());
        } else {
            names = e.stringList("verdict");
            if (names.isEmpty()) {
                e.problem("verdict", e.what() + ": \"verdict\" needs at least one of "
                        + String.join(", ", verdictIds()));
            }
        }
        List<Verdict> out = new ArrayList<>();
        for (String name : names) {
            Optional<Verdict> v = Arrays.stream(Verdict.values()).filter(x -> x.name().equals(name)).findFirst();
            if (v.isEmpty()) {
                e.problem("verdict", e.what() + ": unknown verdict \"" + name + "\""
                        + Suggestions.didYouMean(name, verdictIds()) + " (one of " + String.join(", ", verdictIds())
                        + ")");
            } else if (!out.contains(v.get())) {
                out.add(v.get());
            }
        }
        return out;
    }

    private List<String> failureModes(JsonFields e, String key) {
        List<String> out = new ArrayList<>();
        for (String id : e.stringList(key)) {
            if (catalog.failureMode(id).isEmpty()) {
                e.problem(key, e.what() + ": unknown failure mode \"" + id + "\" in \"" + key + "\""
                        + Suggestions.didYouMean(id, catalog.failureModeIds())
                        + " (the 'components --failure-modes' command lists them)");
            } else {
                out.add(id);
            }
        }
        return out;
    }

    private static List<String> verdictIds() {
        return Arrays.stream(Verdict.values()).map(Verdict::name).toList();
    }
}

package dev.designround.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.round.RoundPhase;
import dev.designround.round.RoundProgress;
import dev.designround.round.RoundState;
import dev.designround.round.Submission;
import dev.designround.rules.Verdict;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optional {@code round} section of a design file: the round being practised on the design, with a version of
 * its own so that it can grow without touching the design's format. Files without it (every file written before
 * it existed) open as before, with a fresh round.
 *
 * <pre>
 * "round": {
 *   "version": 1,
 *   "asked": [0, 2],                       questions whose answers were revealed, by index
 *   "hints": 1,                            hints revealed, level by level
 *   "phases": ["requirements"],            phases ticked
 *   "practice": true,                      feedback hidden until Submit
 *   "submitted": true,
 *   "strongAnswerSeen": false,
 *   "clock": {"usedMs": 754000, "running": false},
 *   "lastSubmission": {"at": "2025-06-01T10:15:30Z", "verdict": "LEAN_HIRE", "score": 72.5}
 * }
 * </pre>
 */
public final class RoundSection {

    public static final String KEY = "round";
    public static final int VERSION = 1;
    /** Far beyond any scenario; a larger index or count is a broken file. */
    private static final int MAX_INDEX = 999;

    private RoundSection() {
    }

    /** Reads the section, recording every problem; empty when it is absent or could not be read. */
    static Optional<RoundState> read(JsonFields file) {
        Optional<JsonFields> maybe = file.optionalObject(KEY, "round");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        JsonFields r = maybe.get();
        int before = r.problems().size();
        Optional<Integer> version = r.optionalInt("version", 1, Integer.MAX_VALUE);
        if (r.has("version") && version.isEmpty()) {
            return Optional.empty();
        }
        if (version.isEmpty()) {
            r.problem("version", "round: missing required field \"version\"");
            return Optional.empty();
        }
        if (version.get() > VERSION) {
            r.problem("version", "round section version " + version.get() + " is newer than this Design Round "
                    + "understands (" + VERSION + "): update Design Round to open it");
            return Optional.empty();
        }
        r.allowOnly("version", "asked", "hints", "phases", "practice", "submitted", "strongAnswerSeen", "clock",
                "lastSubmission");
        Set<Integer> asked = new LinkedHashSet<>();
        for (JsonValue v : r.array("asked")) {
            if (v instanceof JsonValue.JsonNumber n && n.isIntegral() && n.value() >= 0 && n.value() <= MAX_INDEX) {
                asked.add((int) n.value());
            } else {
                r.problems().add(v.position(), "round: every entry of \"asked\" must be a question index from 0 to "
                        + MAX_INDEX);
            }
        }
        int hints = r.optionalInt("hints", 0, MAX_INDEX).orElse(0);
        Set<RoundPhase> phases = EnumSet.noneOf(RoundPhase.class);
        for (String id : r.stringList("phases")) {
            Optional<RoundPhase> phase = RoundPhase.fromId(id);
            phase.ifPresentOrElse(phases::add, () -> r.problem("phases", "round: unknown phase \"" + id
                    + "\" (use " + String.join(", ", RoundPhase.ids()) + ")"));
        }
        boolean practice = r.optionalBoolean("practice").orElse(true);
        boolean submitted = r.optionalBoolean("submitted").orElse(false);
        boolean strongSeen = r.optionalBoolean("strongAnswerSeen").orElse(false);
        Duration used = Duration.ZERO;
        boolean running = false;
        Optional<JsonFields> clock = r.optionalObject("clock", "round clock");
        if (clock.isPresent()) {
            clock.get().allowOnly("usedMs", "running");
            used = Duration.ofMillis((long) clock.get().optionalNumberIn("usedMs", 0, 1e12).orElse(0));
            running = clock.get().optionalBoolean("running").orElse(false);
        }
        Optional<Submission> last = r.optionalObject("lastSubmission", "round lastSubmission")
                .flatMap(RoundSection::submission);
        if (r.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RoundState(new RoundProgress(asked, hints, phases, practice, submitted, strongSeen),
                used, running, last));
    }

    private static Optional<Submission> submission(JsonFields s) {
        s.allowOnly("at", "verdict", "score");
        Optional<String> at = s.requiredString("at");
        Optional<String> verdict = s.requiredString("verdict");
        double score = s.requiredNumber("score").orElse(-1);
        Optional<Instant> when = Optional.empty();
        if (at.isPresent()) {
            try {
                when = Optional.of(Instant.parse(at.get()));
            } catch (DateTimeParseException e) {
                s.problem("at", "round lastSubmission: \"at\" must be a time like 2025-06-01T10:15:30Z, not \""
                        + at.get() + "\"");
            }
        }
        Optional<Verdict> v = verdict.flatMap(id -> Arrays.stream(Verdict.values())
                .filter(x -> x.name().equals(id)).findFirst());
        if (verdict.isPresent() && v.isEmpty()) {
            s.problem("verdict", "round lastSubmission: unknown verdict \"" + verdict.get() + "\" (use "
                    + Arrays.stream(Verdict.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
        if (s.has("score") && (score < 0 || score > 100)) {
            s.problem("score", "round lastSubmission: \"score\" must be from 0 to 100");
        }
        if (when.isEmpty() || v.isEmpty() || score < 0 || score > 100) {
            return Optional.empty();
        }
        return Optional.of(new Submission(when.get(), v.get(), score));
    }

    /** Writes the section as the last field of a design file. */
    static void write(JsonGenerator g, RoundState state) throws IOException {
        RoundProgress p = state.progress();
        g.writeObjectFieldStart(KEY);
        g.writeNumberField("version", VERSION);
        g.writeArrayFieldStart("asked");
        for (int i : p.asked()) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeNumberField("hints", p.hintsShown());
        g.writeArrayFieldStart("phases");
        for (RoundPhase phase : RoundPhase.values()) {
            if (p.phasesDone().contains(phase)) {
                g.writeString(phase.id());
            }
        }
        g.writeEndArray();
        g.writeBooleanField("practice", p.practice());
        g.writeBooleanField("submitted", p.submitted());
        g.writeBooleanField("strongAnswerSeen", p.strongShown());
        g.writeObjectFieldStart("clock");
        g.writeNumberField("usedMs", state.clockUsed().toMillis());
        g.writeBooleanField("running", state.clockRunning());
        g.writeEndObject();
        if (state.lastSubmission().isPresent()) {
            Submission s = state.lastSubmission().get();
            g.writeObjectFieldStart("lastSubmission");
            g.writeStringField("at", s.at().toString());
            g.writeStringField("verdict", s.verdict().name());
            g.writeFieldName("score");
            DesignWriter.number(g, s.score());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}

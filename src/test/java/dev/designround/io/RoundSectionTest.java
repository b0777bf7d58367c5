package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Node;
import dev.designround.round.RoundPhase;
import dev.designround.round.RoundProgress;
import dev.designround.round.RoundState;
import dev.designround.round.Submission;
import dev.designround.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optional, versioned round section of a design file. */
class RoundSectionTest {

    private final DesignReader reader = new DesignReader(CatalogLoader.bundled());
    private final DesignWriter writer = new DesignWriter();

    private static Design design() {
        Design d = new Design(new DesignInfo("legal-doc-qa", "Attempt 2", ""));
        d.addNode(Node.of("u", "user", 0, 0));
        return d;
    }

    private static final RoundState MIDWAY = new RoundState(
            new RoundProgress(Set.of(0, 2), 1, Set.of(RoundPhase.REQUIREMENTS, RoundPhase.FAILURE_MODES), false, true,
                    true),
            Duration.ofSeconds(754), true,
            Optional.of(new Submission(Instant.parse("2025-06-01T10:15:30Z"), Verdict.LEAN_HIRE, 72.5)));

    private String text(Optional<RoundState> round) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(design(), round, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private DesignFile read(String json) throws InputException {
        return reader.parseFile(json.getBytes(StandardCharsets.UTF_8), "d.json");
    }

    private static String withRound(String round) {
        return "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [], \"edges\": [],\n\"round\": "
                + round + "}";
    }

    @Test
    void aRoundSavedMidwayReadsBackExactly() throws Exception {
        DesignFile back = read(text(Optional.of(MIDWAY)));

        assertThat(back.round()).contains(MIDWAY);
        assertThat(back.design()).isEqualTo(design());
    }

    @Test
    void theSectionIsWrittenLastWithItsOwnVersion() throws Exception {
        assertThat(text(Optional.of(MIDWAY))).endsWith("""
                  "edges": [ ],
                  "round": {
                    "version": 1,
                    "asked": [
                      0,
                      2
                    ],
                    "hints": 1,
                    "phases": [
                      "requirements",
                      "failure-modes"
                    ],
                    "practice": false,
                    "submitted": true,
                    "strongAnswerSeen": true,
                    "clock": {
                      "usedMs": 754000,
                      "running": true
                    },
                    "lastSubmission": {
                      "at": "2025-06-01T10:15:30Z",
                      "verdict": "LEAN_HIRE",
                      "score": 72.5
                    }
                  }
                }
                """);
    }

    @Test
    void aDesignWithoutARoundHasNoSectionAndAFileWithoutOneOpensWithNoRound() throws Exception {
        String plain = text(Optional.empty());

        assertThat(plain).doesNotContain("\"round\"");
        assertThat(read(plain).round()).isEmpty();
        assertThat(plain).isEqualTo(writer.toJson(design()));
    }

    @Test
    void aNewerRoundVersionSaysToUpdate() {
        assertThatThrownBy(() -> read(withRound("{\"version\": 2}"))).isInstanceOf(InputException.class)
                .hasMessage("d.json:2:22: round section version 2 is newer than this Design Round understands (1): "
                        + "update Design Round to open it");
    }

    @Test
    void anUnknownPhaseOrVerdictIsNamed() {
        assertThatThrownBy(() -> read(withRound("{\"version\": 1, \"phases\": [\"coding\"]}")))
                .hasMessageContaining("unknown phase \"coding\" (use requirements, architecture, failure-modes, "
                        + "evaluation)");
        assertThatThrownBy(() -> read(withRound("{\"version\": 1, \"lastSubmission\": {\"at\": "
                + "\"2025-06-01T10:15:30Z\", \"verdict\": \"HIRE\", \"score\": 50}}")))
                .hasMessageContaining("unknown verdict \"HIRE\" (use STRONG_HIRE, LEAN_HIRE, NO_HIRE)");
    }

    @Test
    void aMissingVersionOrAnUnknownFieldIsRefused() {
        assertThatThrownBy(() -> read(withRound("{\"asked\": [1]}")))
                .hasMessageContaining("round: missing required field \"version\"");
        assertThatThrownBy(() -> read(withRound("{\"version\": 1, \"timer\": 3}")))
                .hasMessageContaining("\"timer\"");
    }
}

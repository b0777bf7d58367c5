package dev.designround.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The types a user corrects before opening an imported diagram, and what the summary then says. */
class ImportResultTest {

    private static final String FLOW = "flowchart LR\n  u([Customer]) --> bot[Agent] --> x[Foo]\n  bot --> y[Bar]\n";

    @Test
    void aCorrectedTypeIsInTheDesignAndTheSummarySaysWhoChoseIt() throws InputException {
        ImportResult read = Imports.text("d.mmd", FLOW);
        assertThat(read.summary()).isEqualTo("2 of 4 shapes recognised; 'Foo' and 'Bar' kept as custom components");

        ImportResult corrected = read.withTypes(Map.of("x", "cache"));

        assertThat(corrected.design().node("x").orElseThrow().type()).isEqualTo("cache");
        assertThat(corrected.shapes().get(2).explanation()).isEqualTo("chosen by you");
        assertThat(corrected.summary()).isEqualTo("2 of 4 shapes recognised; 1 type chosen by you; 'Bar' kept as a "
                + "custom component");
        assertThat(read.design().node("x").orElseThrow().type()).isEqualTo("custom"); // the result is immutable
    }

    @Test
    void theTypeAShapeAlreadyHasIsNoCorrection() throws InputException {
        ImportResult read = Imports.text("d.mmd", FLOW);
        ImportResult same = read.withTypes(Map.of("bot", read.design().node("bot").orElseThrow().type()));
        assertThat(same.summary()).isEqualTo(read.summary());
        assertThat(same.chosen()).isZero();
    }

    @Test
    void aNodeNotInTheDesignIsRefused() throws InputException {
        ImportResult read = Imports.text("d.mmd", FLOW);
        assertThatThrownBy(() -> read.withTypes(Map.of("nope", "cache"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}

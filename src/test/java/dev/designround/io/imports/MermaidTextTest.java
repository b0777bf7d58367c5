package dev.designround.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A front-matter title as YAML writes it: quoted, with escapes, or plain with a comment after it. */
class MermaidTextTest {

    @Test
    void doubleQuotedTitlesDecodeTheirEscapes() {
        assertThat(MermaidText.yamlScalar("\"caf\\xe9 \\u00e0 la carte\\n\\tend\"")).isEqualTo("café à la carte\n\tend");
    }

    @Test
    void anEscapeWithoutHexDigitsKeepsItsLetterAndOneCutShortIsDropped() {
        assertThat(MermaidText.yamlScalar("\"a\\xzzb\"")).isEqualTo("axzzb");
        assertThat(MermaidText.yamlScalar("\"a\\uzzzzb\"")).isEqualTo("auzzzzb");
        assertThat(MermaidText.yamlScalar("\"end\\x4\"")).isEqualTo("end4");
    }

    @Test
    void singleQuotedAndPlainTitles() {
        assertThat(MermaidText.yamlScalar("'it''s'")).isEqualTo("it's");
        assertThat(MermaidText.yamlScalar("Plain title # a comment")).isEqualTo("Plain title");
    }
}

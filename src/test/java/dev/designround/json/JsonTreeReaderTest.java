package dev.designround.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.JsonValue.JsonArray;
import dev.designround.json.JsonValue.JsonNumber;
import dev.designround.json.JsonValue.JsonObject;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

    private final JsonTreeReader reader = new JsonTreeReader();

    private JsonValue parse(String text) throws InputException {
        return reader.parse(text.getBytes(StandardCharsets.UTF_8), "f.json");
    }

    @Test
    void valuesRememberTheirLineAndColumn() throws InputException {
        JsonObject root = (JsonObject) parse("{\n  \"a\": [1,\n    {\"b\": true}]\n}");
        JsonArray a = (JsonArray) root.get("a");
        assertThat(a.position()).isEqualTo(new Position(2, 8));
        assertThat(a.elements().get(1).position()).isEqualTo(new Position(3, 5));
        assertThat(root.keyPosition("a")).isEqualTo(new Position(2, 3));
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() {
        assertThatThrownBy(() -> parse("{\n  \"a\": 1,\n  }"))
                .isInstanceOf(InputException.class)
                .hasMessage("f.json:3:3: broken JSON: Unexpected character ('}' (code 125)): was expecting "
                        + "double-quote to start field name");
    }

    @Test
    void truncatedFileSaysWhereTheOpenArrayBegan() {
        assertThatThrownBy(() -> parse("{\"a\": [1, 2"))
                .hasMessage("f.json:1:12: broken JSON: the file ends before the array opened at line 1, column 7 "
                        + "is closed");
    }

    @Test
    void truncatedFileSaysWhereTheOpenObjectBegan() {
        assertThatThrownBy(() -> parse("[1,\n {\"a\": 1"))
                .hasMessage("f.json:2:9: broken JSON: the file ends before the object opened at line 2, column 2 "
                        + "is closed");
    }

    @Test
    void fileEndingAfterACommaSaysWhereInOneLine() {
        assertThatThrownBy(() -> parse("[1, 2,"))
                .hasMessageStartingWith("f.json:1:7: broken JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void fileEndingInsideAStringSaysSo() {
        assertThatThrownBy(() -> parse("{\"a\": \"unfinished"))
                .hasMessageEndingWith("broken JSON: the file ends inside a string");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> parse("   ")).hasMessage("f.json: file is empty: expected a JSON object");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> parse("{\"a\": 1,\n \"a\": 2}"))
                .hasMessage("f.json:2:2: broken JSON: duplicate key \"a\"");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> parse("{} {}"))
                .hasMessage("f.json:1:4: broken JSON: unexpected content after the end of the document");
    }

    @Test
    void nanIsNotJson() {
        assertThatThrownBy(() -> parse("{\"x\": NaN}")).hasMessage("f.json:1:7: broken JSON: NaN is not a number in JSON");
    }

    @Test
    void infinityIsNotJson() {
        assertThatThrownBy(() -> parse("[1,\n -Infinity]"))
                .hasMessage("f.json:2:2: broken JSON: -Infinity is not a number in JSON");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhereItOpens() {
        String deep = "[".repeat(65) + "]".repeat(65);
        assertThatThrownBy(() -> parse(deep))
                .hasMessage("f.json:1:65: nested deeper than 64 levels of objects and arrays");
    }

    @Test
    void nestingUpToTheLimitIsRead() throws InputException {
        JsonTreeReader shallow = new JsonTreeReader(new ReadLimits(1_000_000, 3, 100, 100));
        assertThat(shallow.parse("{\"a\": [{}]}".getBytes(StandardCharsets.UTF_8), "f")).isNotNull();
        assertThatThrownBy(() -> shallow.parse("{\"a\": [{\"b\": []}]}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessage("f:1:14: nested deeper than 3 levels of objects and arrays");
    }

    @Test
    void stringsLongerThanTheLimitAreRefused() {
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(1_000_000, 64, 10, 100));
        assertThatThrownBy(() -> small.parse("{\"a\": \"01234567890123\"}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessage("f:1:7: a string is longer than the limit of 10 characters");
    }

    @Test
    void numbersLongerThanTheLimitAreRefusedWhereTheyStart() {
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(1_000_000, 64, 100, 10));
        assertThatThrownBy(() -> small.parse("[1, 123456789012345]".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessage("f:1:5: a number is longer than the limit of 10 characters");
        assertThatThrownBy(() -> small.parse("{\"x\": 0.123456789012345}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessage("f:1:7: a number is longer than the limit of 10 characters");
    }

    @Test
    void keysLongerThanTheStringLimitAreRefused() {
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(1_000_000, 64, 10, 100));
        assertThatThrownBy(() -> small.parse("{\n \"a-very-long-key\": 1}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessage("f:2:2: a key is longer than the limit of 10 characters");
    }

    @Test
    void keysAreHeldToTheStringLimitNotToJacksonsOwn() throws InputException {
        String longKey = "k".repeat(60_000); // Jackson's own default limit for keys is 50,000
        assertThat(((JsonObject) parse("{\"" + longKey + "\": 1}")).get(longKey)).isNotNull();
        String tooLong = "k".repeat(1_000_001);
        assertThatThrownBy(() -> parse("{\"" + tooLong + "\": 1}"))
                .hasMessage("f.json:1:2: a key is longer than the limit of 1000000 characters");
    }

    @Test
    void filesLargerThanTheLimitAreRefusedBeforeParsing() {
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(10, 64, 100, 100));
        assertThatThrownBy(() -> small.parse(new byte[11], "f")).hasMessage(
                "f: file is 0.0 MB, larger than the limit of 0.0 MB");
    }

    @Test
    void invalidUtf8IsReportedNotThrown() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        assertThatThrownBy(() -> reader.parse(bytes, "f.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("f.json:1:")
                .hasMessageContaining("Invalid UTF-8");
    }

    @Test
    void hugeNumbersAreKeptAsTextAndInfinite() throws InputException {
        JsonObject root = (JsonObject) parse("{\"x\": 1e999}");
        JsonNumber x = (JsonNumber) root.get("x");
        assertThat(x.isFinite()).isFalse();
        assertThat(x.text()).isEqualTo("1e999");
    }

    @Test
    void aDeviceThatNeverEndsIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero));
        JsonTreeReader oneMegabyte = new JsonTreeReader(new ReadLimits(1024 * 1024, 64, 100, 100));
        assertThatThrownBy(() -> oneMegabyte.readBytes(zero, "/dev/zero")).isInstanceOf(InputException.class)
                .hasMessage("/dev/zero: file is larger than the limit of 1.0 MB (reading stopped there)");
    }

    @Test
    void aPipeIsReadOnlyUpToTheLimit(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        long limit = 1024 * 1024;
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 25; i++) {
                    out.write(new byte[(int) limit]);
                }
            } catch (IOException e) {
                // the reader stopped at the limit and closed the pipe: expected
            }
        });
        writer.start();
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(limit, 64, 100, 100));
        assertThatThrownBy(() -> small.readBytes(fifo, "pipe.json")).hasMessageEndingWith("(reading stopped there)");
        writer.join(10_000);
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsSizeBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 3L * 1024 * 1024 - 1); // sparse: 3 MB
        }
        JsonTreeReader small = new JsonTreeReader(new ReadLimits(1024 * 1024, 64, 100, 100));
        assertThatThrownBy(() -> small.readBytes(big, "big.json"))
                .hasMessage("big.json: file is 3.0 MB, larger than the limit of 1.0 MB");
    }
}

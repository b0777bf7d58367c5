package dev.designround.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Catalog;
import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import dev.designround.rules.RuleCategory;
import dev.designround.sim.RequestOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a capability means to the engine is catalog data (its traits in components/capabilities.json), never a
 * capability id written into Java: the code names traits ({@link Trait}) and the catalog says which capabilities
 * carry them. These tests keep it so, and check that every id the code does name exists in the catalog.
 */
class CatalogIdsInCodeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Catalog CATALOG = CatalogLoader.bundled();

    /** A string literal in main code that equals a capability id but names something else. */
    private record Allowed(String file, String literal, String why, Predicate<String> isWhatItSays) {
    }

    /**
     * The uses of a capability id's spelling that are not capabilities: a few words are both a capability and an
     * edge kind, a request outcome or a category. Each says what it names, and the test checks that it is one.
     */
    private static final List<Allowed> ALLOWED = List.of(
            // the edge kind "fallback" (a dashed arrow taken when its source is down), not the capability
            new Allowed("dev/designround/model/EdgeKind.java", "fallback", "edge kind",
                    id -> EdgeKind.fromId(id).isPresent()),
            // the simulator's request outcome "fallback" (answered by a fallback), not the capability
            new Allowed("dev/designround/sim/RequestOutcome.java", "fallback", "request outcome",
                    id -> RequestOutcome.ids().contains(id)),
            // a catalog category's colour and Mermaid shape: category ids, not capabilities
            new Allowed("dev/designround/diagram/Theme.java", "orchestration", "catalog category",
                    id -> CATALOG.category(id).isPresent()),
            new Allowed("dev/designround/diagram/Theme.java", "retrieval", "catalog category",
                    id -> CATALOG.category(id).isPresent()),
            new Allowed("dev/designround/io/export/MermaidExporter.java", "orchestration", "catalog category",
                    id -> CATALOG.category(id).isPresent()),
            new Allowed("dev/designround/io/export/MermaidExporter.java", "retrieval", "catalog category",
                    id -> CATALOG.category(id).isPresent()),
            // the rubric's score categories: rule category ids, not capabilities
            new Allowed("dev/designround/rules/RuleCategory.java", "retrieval", "rule category",
                    id -> RuleCategory.fromId(id).isPresent()),
            new Allowed("dev/designround/rules/RuleCategory.java", "evaluation", "rule category",
                    id -> RuleCategory.fromId(id).isPresent()),
            new Allowed("dev/designround/rules/RuleCategory.java", "observability", "rule category",
                    id -> RuleCategory.fromId(id).isPresent()));

    /** One string literal: where it is and what it holds (escapes left as written). */
    record Literal(String file, int line, String text) {
        String where() {
            return "src/main/java/" + file + ":" + line;
        }
    }

    @Test
    void mainCodeNamesNoCapabilityIdOutsideTheAllowList() {
        Set<String> capabilities = CATALOG.capabilityIds();
        List<String> offending = mainLiterals().stream()
                .filter(l -> capabilities.contains(l.text()))
                .filter(l -> ALLOWED.stream().noneMatch(a -> a.file().equals(l.file()) && a.literal().equals(l.text())))
                .map(l -> l.where() + ": \"" + l.text() + "\" is a capability id; say what it means as a trait in "
                        + "components/capabilities.json and read the trait (model/Trait), or, if it names something "
                        + "else, add it to ALLOWED with why")
                .toList();
        assertThat(offending).isEmpty();
    }

    @Test
    void everyAllowedLiteralIsStillThereAndIsWhatItSays() {
        List<Literal> literals = mainLiterals();
        for (Allowed a : ALLOWED) {
            assertThat(literals).as("%s still holds \"%s\" (else drop it from ALLOWED)", a.file(), a.literal())
                    .anyMatch(l -> l.file().equals(a.file()) && l.text().equals(a.literal()));
            assertThat(a.isWhatItSays().test(a.literal())).as("\"%s\" in %s is a %s", a.literal(), a.file(), a.why())
                    .isTrue();
        }
    }

    @Test
    void everyTraitTheCodeReadsIsCarriedBySomeCapability() {
        Set<Trait> carried = CATALOG.capabilities().stream().flatMap(c -> c.traits().stream())
                .collect(Collectors.toSet());
        assertThat(Trait.values()).allSatisfy(t -> assertThat(carried).as("some capability in "
                + "components/capabilities.json has the trait %s, which the code reads", t.id()).contains(t));
        assertThat(Trait.values()).allSatisfy(t -> assertThat(t.meaning()).as(t.id()).isNotBlank());
    }

    @Test
    void everyComponentTypeTheCodeComparesWithExists() {
        // component types the code compares a node's type with ("user", "custom")
        Pattern typeEquals = Pattern.compile("type\\(\\)\\.equals\\(\"([^\"]+)\"\\)|(?:USER|_TYPE) = \"([^\"]+)\"");
        List<String> named = new ArrayList<>();
        List<String> unknownTypes = new ArrayList<>();
        for (Path p : mainSources()) {
            String code = withoutComments(read(p));
            Matcher m = typeEquals.matcher(code);
            while (m.find()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2);
                named.add(id);
                if (CATALOG.type(id).isEmpty()) {
                    unknownTypes.add(MAIN.relativize(p) + ": type \"" + id + "\"");
                }
            }
        }
        assertThat(named).as("the scan finds the type ids the code names").contains("user", "custom", "small-model");
        assertThat(unknownTypes).isEmpty();
    }

    @Test
    void theMeaningsTheCodeOnceSpelledOutAreNowCatalogData() {
        // Survives' defence, StrongAnswer's plumbing and the store label's access filter, as they were in Java
        assertThat(CATALOG.capabilitiesWith(Trait.FAILS_OVER)).containsExactlyInAnyOrder("fallback", "routing");
        assertThat(CATALOG.capabilitiesWith(Trait.PLUMBING)).containsExactlyInAnyOrder("document-storage",
                "queueing", "event-streaming", "memory", "load-balancing", "notification");
        assertThat(CATALOG.capabilitiesWith(Trait.SCOPES_READS)).containsExactly("access-control");
    }

    @Test
    void theScannerSeesLiteralsButNotCommentsOrChars() {
        String code = "class A { // \"routing\"\n  /* \"fallback\" */ String s = \"a\\\"b\"; char c = '\"';\n"
                + "  String t = \"\"\"\n    \"memory\" here\n    \"\"\"; String u = \"queueing\";\n}\n";
        assertThat(literals("A.java", code)).containsExactly(new Literal("A.java", 2, "a\\\"b"),
                new Literal("A.java", 5, "queueing"));
    }

    private static List<Literal> mainLiterals() {
        List<Literal> out = new ArrayList<>();
        for (Path p : mainSources()) {
            out.addAll(literals(MAIN.relativize(p).toString().replace('\\', '/'), read(p)));
        }
        return out;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code with comments blanked out (newlines kept), string and char literals left as they are. */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code);
        scan(code, (start, end) -> {
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }, null);
        return out.toString();
    }

    /** The ordinary string literals of a Java source (text blocks, comments and char literals skipped). */
    static List<Literal> literals(String file, String code) {
        List<Literal> out = new ArrayList<>();
        scan(code, (start, end) -> { }, (line, text) -> out.add(new Literal(file, line, text)));
        return out;
    }

    private interface CommentSink {
        void comment(int start, int end);
    }

    private interface LiteralSink {
        void literal(int line, String text);
    }

    /** A small Java lexer: enough to tell comments, char literals, text blocks and string literals apart. */
    private static void scan(String code, CommentSink comments, LiteralSink strings) {
        int line = 1;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? n : end;
                comments.comment(i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                comments.comment(i, end);
                line += count(code, i, end);
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !code.startsWith("\"\"\"", end)) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
                line += count(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"' && strings != null) {
                    strings.literal(line, code.substring(i + 1, Math.min(end, n)));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    private static int count(String code, int start, int end) {
        int lines = 0;
        for (int i = start; i < end; i++) {
            if (code.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

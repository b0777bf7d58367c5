package dev.designround.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.designround.testing.UiTest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Maven runs tests in three JVMs chosen by JUnit tag (pom.xml): a test that needs the JavaFX toolkit or Jazzer's
 * agent must carry its tag, or it would run in the unit tests' JVM and in the fast loop ({@code -P fast}).
 */
@AnalyzeClasses(packages = "dev.designround", importOptions = ImportOption.OnlyIncludeTests.class)
class TestTagsTest {

    @ArchTest
    static final ArchRule testsThatDriveJavaFxAreUiTests = classes()
            .that(declareTests().and(useTestFx()))
            .should(beTagged(UiTest.TAG))
            .because("UI tests run in their own JVM and `mvn -B test -P fast` leaves them out: annotate with @UiTest");

    @ArchTest
    static final ArchRule fuzzTestsAreTaggedFuzz = classes()
            .that(declareFuzzTests())
            .should(beTagged("fuzz"))
            .because("Jazzer's agent instruments every class of the JVM it runs in: fuzz tests get their own");

    private static DescribedPredicate<JavaClass> declareTests() {
        return DescribedPredicate.describe("declare tests", c -> c.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith(Test.class) || m.isMetaAnnotatedWith(Test.class)));
    }

    private static DescribedPredicate<JavaClass> declareFuzzTests() {
        return DescribedPredicate.describe("declare fuzz tests", c -> c.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith(FuzzTest.class)));
    }

    private static DescribedPredicate<JavaClass> useTestFx() {
        return DescribedPredicate.describe("use TestFX", c -> c.getAllRawSuperclasses().stream()
                .anyMatch(TestTagsTest::usesTestFxItself) || usesTestFxItself(c));
    }

    private static boolean usesTestFxItself(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.testfx"));
    }

    /** The JUnit tags of a class, its own and inherited, directly or through @UiTest. */
    private static Stream<String> tags(Class<?> c) {
        Stream<String> ui = c.isAnnotationPresent(UiTest.class) ? Stream.of(UiTest.TAG) : Stream.empty();
        return Stream.concat(ui, Arrays.stream(c.getAnnotationsByType(Tag.class)).map(Tag::value));
    }

    private static ArchCondition<JavaClass> beTagged(String tag) {
        return new ArchCondition<>("be tagged \"" + tag + "\"") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean tagged = tags(c.reflect()).anyMatch(tag::equals);
                events.add(new SimpleConditionEvent(c, tagged, c.getName() + (tagged ? " is" : " is not")
                        + " tagged \"" + tag + "\""));
            }
        };
    }
}

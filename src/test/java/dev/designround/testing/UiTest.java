package dev.designround.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that shows JavaFX windows and drives them with TestFX (headless Monocle in Maven). Tagged {@value #TAG}, so
 * Maven runs it in the UI tests' own JVM and {@code mvn -B test -P fast} leaves it out. {@code TestTagsTest} fails
 * for a test class that uses TestFX without this annotation.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(UiTest.TAG)
@ExtendWith(ApplicationExtension.class)
public @interface UiTest {

    /** The JUnit tag of UI tests, as named in pom.xml. */
    String TAG = "ui";
}

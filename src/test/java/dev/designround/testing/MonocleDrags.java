package dev.designround.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a bug of headless Monocle (openjfx-monocle 17.0.10): a plain mouse drag remembers its window in
 * {@code MouseInput.dragView} and nothing forgets it, so the next drag and drop in another window (each TestFX test
 * shows a new one) tells that stale window "drag left", which it never entered, and fails with a
 * NullPointerException. Forgetting the stale window before each test makes real drag and drop work in every test.
 * Does nothing when the tests do not run on Monocle.
 */
public final class MonocleDrags {

    private MonocleDrags() {
    }

    /** Call on the FX thread before a test drives the mouse. */
    public static void forgetStaleDragWindow() {
        try {
            Class<?> inputClass = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method getInstance = inputClass.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object input = getInstance.invoke(null);
            Field dragView = inputClass.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(input, null);
        } catch (ClassNotFoundException notMonocle) {
            // a real display: nothing to work around
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reset Monocle's drag window; has openjfx-monocle changed?", e);
        }
    }
}

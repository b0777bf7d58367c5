package dev.designround.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.ComponentType;
import dev.designround.testing.UiTest;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

@UiTest
class IconsTest {

    @Start
    void start(Stage stage) {
        // the FX toolkit is all these tests need
    }

    @Test
    void everyBundledComponentTypeHasAnIconThatResolves() {
        for (ComponentType type : CatalogLoader.bundled().types()) {
            assertThat(Icons.resolves(type.icon())).as(type.id() + ": " + type.icon()).isTrue();
        }
    }

    @Test
    void anUnknownIconFallsBackToAGenericShape() {
        assertThat(Icons.of("mdi2x-no-such-icon").getIconLiteral()).isEqualTo(Icons.FALLBACK);
        assertThat(Icons.of("").getIconLiteral()).isEqualTo(Icons.FALLBACK);
    }
}

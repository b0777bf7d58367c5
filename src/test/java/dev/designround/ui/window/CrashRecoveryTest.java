package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.RecoveryStore;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The offer to restore unsaved work at start-up, and what the window does with the recovery copy. */
class CrashRecoveryTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private RecoveryStore store() {
        return new RecoveryStore(home().resolve("recovery"));
    }

    private Design lostWork() {
        return design().title("Lost work").node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm", "u").build();
    }

    /** The recovery copy, once the autosave's writer has caught up. */
    private Optional<Design> pending() throws Exception {
        workbench.tools().autosaver().flush();
        return store().pending(CatalogLoader.bundled()).map(RecoveryStore.Recovered::design);
    }

    @Test
    void withNothingToRecoverNothingIsAsked(FxRobot robot) {
        boolean[] restored = {true};
        robot.interact(() -> restored[0] = workbench.offerRecovery());

        assertThat(restored[0]).isFalse();
        assertThat(dialog(robot)).isEmpty();
        assertThat(workbench.document()).isEmpty();
    }

    @Test
    void aDesignThatWasNeverSavedIsRestoredAsANewUnsavedDocument(FxRobot robot) throws Exception {
        store().save(lostWork(), Optional.empty(), Instant.now().minusSeconds(300));

        later(() -> workbench.offerRecovery());
        assertThat(dialog(robot).orElseThrow().getContentText()).contains(
                "a new design that was never saved, \u201cLost work\u201d", "(5 minutes ago)",
                "Restore opens it as a new, unsaved design");
        robot.clickOn("#recovery-restore");

        assertThat(model()).isEqualTo(lostWork());
        assertThat(workbench.document().orElseThrow().file()).isEmpty();
        assertThat(workbench.document().orElseThrow().isDirty()).isTrue();
        assertThat(pending()).contains(lostWork()); // still safe until it is saved
    }

    @Test
    void theRoundOnTheLostDesignIsRestoredWithIt(FxRobot robot) throws Exception {
        Design lost = design().scenario("legal-doc-qa").title("Lost round").node(Node.of("u", "user", 0, 0))
                .build();
        dev.designround.round.RoundState round = new dev.designround.round.RoundState(
                dev.designround.round.RoundProgress.START.ask(1).withPractice(false),
                java.time.Duration.ofMinutes(12), false, Optional.empty());
        store().save(new dev.designround.io.DesignFile(lost, Optional.of(round)), Optional.empty(), Instant.now());

        later(() -> workbench.offerRecovery());
        robot.clickOn("#recovery-restore");
        RoundFixture.waitUntil(() -> workbench.round().scenario().isPresent());

        assertThat(workbench.round().state()).contains(round);
        assertThat(robot.lookup("#countdown").queryLabeled().getText()).isEqualTo("28:00");
    }

    @Test
    void escapeDoesNotDismissTheQuestion(FxRobot robot) throws Exception {
        store().save(lostWork(), Optional.empty(), Instant.now());
        later(() -> workbench.offerRecovery());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(dialog(robot)).isPresent();
        robot.clickOn("#recovery-restore");
        assertThat(model()).isEqualTo(lostWork());
    }

    @Test
    void discardingDeletesTheRecoveryCopyAndOpensNothing(FxRobot robot) throws Exception {
        store().save(lostWork(), Optional.empty(), Instant.now());

        later(() -> workbench.offerRecovery());
        robot.clickOn("#recovery-discard");

        assertThat(store().hasPending()).isFalse();
        assertThat(workbench.document()).isEmpty();
    }

    @Test
    void savingTheRestoredDesignDiscardsTheRecoveryCopy(FxRobot robot) throws Exception {
        Path file = write("lost.json", design().node(Node.of("u", "user", 0, 0)).build());
        store().save(lostWork(), Optional.of(file), Instant.now());
        later(() -> workbench.offerRecovery());
        robot.clickOn("#recovery-restore");

        robot.interact(() -> workbench.run("save"));

        assertThat(pending()).isEmpty();
        assertThat(workbench.document().orElseThrow().isDirty()).isFalse();
    }

    @Test
    void anUnreadableRecoveryCopyIsReportedKeptAsideAndOlderWorkIsStillOffered(FxRobot robot) throws Exception {
        store().save(lostWork(), Optional.empty(), Instant.now().minusSeconds(3600));
        Path broken = home().resolve("recovery").resolve("recovery-123-dead.json");
        String text = "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [";
        Files.writeString(broken, text); // newer (no note: its file's time), and unreadable

        later(() -> workbench.offerRecovery());

        assertThat(dialog(robot).orElseThrow().getHeaderText()).isEqualTo("The work saved for recovery cannot be read");
        assertThat(dialog(robot).orElseThrow().getContentText()).contains("recovery-123-dead.json",
                "It is kept as", "unreadable-recovery-123-dead.json");
        robot.clickOn("OK");
        assertThat(broken.resolveSibling("unreadable-recovery-123-dead.json")).hasContent(text);
        robot.clickOn("#recovery-restore");
        assertThat(model()).isEqualTo(lostWork());
    }

    @Test
    void workLeftBySeveralRunsIsOfferedOneAfterAnotherUntilOneIsRestored(FxRobot robot) throws Exception {
        store().save(design().title("older").build(), Optional.empty(), Instant.now().minusSeconds(600));
        store().save(lostWork(), Optional.empty(), Instant.now().minusSeconds(60));

        later(() -> workbench.offerRecovery());
        assertThat(dialog(robot).orElseThrow().getContentText()).contains("Lost work");
        robot.clickOn("#recovery-discard");
        assertThat(dialog(robot).orElseThrow().getContentText()).contains("older");
        robot.clickOn("#recovery-restore");

        assertThat(model().info().title()).isEqualTo("older");
        assertThat(pending().orElseThrow().info().title()).isEqualTo("older"); // this run's copy now
        try (var files = Files.list(home().resolve("recovery"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .as("the discarded work went, the restored one moved to this run's copy").hasSize(1);
        }
    }

    @Test
    void askingToCloseTheWindowWritesUnsavedWorkBeforeTheQuestionAndKeepsItOnCancel(FxRobot robot)
            throws Exception {
        newWhiteboard(robot);
        robot.interact(() -> editor().addNode("llm", 0, 0));
        Design edited = model().copy();

        later(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot).isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store().pending(CatalogLoader.bundled())
                .map(RecoveryStore.Recovered::design).equals(Optional.of(edited))); // while the question is open
        robot.clickOn("Cancel");

        assertThat(pending()).contains(edited);
    }

    @Test
    void closingTheWindowWithoutSavingIsACleanExitThatDiscardsTheRecoveryCopy(FxRobot robot) throws Exception {
        newWhiteboard(robot);
        robot.interact(() -> editor().addNode("llm", 0, 0));

        later(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn("Don't Save");

        assertThat(store().hasPending()).isFalse();
    }
}

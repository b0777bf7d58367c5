package dev.designround.ui.round;

import dev.designround.round.RoundPhase;
import dev.designround.round.RoundProgress;
import dev.designround.scenario.ClarifyingQuestion;
import dev.designround.scenario.Scenario;
import dev.designround.ui.edit.Editor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The scenario tab: the round's title and clock, the prompt, the clarifying questions (each answer revealed when
 * the candidate asks), their notes (the design's notes), the phases as a checklist, hints level by level, and
 * what a strong answer covers (once they submitted or opened the strong answer). Reveals are kept in the round's
 * {@link RoundProgress}. For a design without an installed scenario it shows a {@link ScenarioPicker}.
 */
final class ScenarioPanel extends ScrollPane {

    private final NotesArea notes = new NotesArea();
    private final CountdownView clock = new CountdownView();
    private final ChangeListener<RoundProgress> onProgress = (o, was, now) -> refresh(now);
    private final List<Label> answers = new ArrayList<>();
    private final List<CheckBox> phases = new ArrayList<>();
    private final Label askedCount = new Label();
    private final VBox hints = new VBox(6);
    private final Button nextHint = new Button();
    private final VBox strongList = new VBox(4);
    private ObjectProperty<RoundProgress> progress;
    private Scenario scenario;

    ScenarioPanel() {
        getStyleClass().addAll("scenario-pane", "edge-to-edge");
        setId("scenario-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        nextHint.setId("next-hint");
        nextHint.setGraphic(new FontIcon("mdi2l-lightbulb-on-outline"));
        nextHint.setOnAction(e -> progress.set(progress.get().nextHint(scenario.hints().size())));
        askedCount.getStyleClass().add("round-muted");
        strongList.setId("strong-answer-list");
    }

    /** Shows a round: the scenario, the design's notes, the round's progress and clock. */
    void showRound(Scenario s, Editor editor, ObjectProperty<RoundProgress> roundProgress, Countdown countdown) {
        detach();
        scenario = s;
        progress = roundProgress;
        progress.addListener(onProgress);
        notes.show(Optional.of(editor));
        clock.show(Optional.of(countdown));
        Label title = new Label(s.title());
        title.getStyleClass().add("round-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label meta = new Label(s.domain() + "  ·  " + s.difficulty() + "  ·  " + s.timeMinutes() + " min");
        meta.getStyleClass().add("round-muted");
        Label prompt = text(s.prompt(), "round-prompt");
        prompt.setId("scenario-prompt");

        VBox content = new VBox(10);
        content.getStyleClass().add("round-panel");
        content.getChildren().addAll(title, meta, clock, section("The prompt"), prompt,
                section("Clarifying questions"), text("Ask them as you would ask the interviewer: click a question to "
                        + "hear the answer.", "round-muted"), questions(s.questions()), askedCount,
                section("Your notes"), notes, section("Phases"), phaseList(), section("Hints"), hints, nextHint,
                section("What a strong answer covers"), strongList);
        setContent(content);
        refresh(progress.get());
    }

    /** Shows the scenario picker (no round). */
    void showPicker(String message, List<Scenario> scenarios, Consumer<Scenario> choose) {
        detach();
        setContent(new ScenarioPicker(message, scenarios, choose));
    }

    /** Shows a line of text and nothing else (no design, or the scenarios still loading). */
    void showMessage(String message) {
        detach();
        VBox box = new VBox(text(message, "round-text"));
        box.getStyleClass().add("round-note");
        setContent(box);
    }

    private void detach() {
        if (progress != null) {
            progress.removeListener(onProgress);
        }
        progress = null;
        notes.show(Optional.empty());
        clock.show(Optional.empty());
        answers.clear();
        phases.clear();
    }

    private VBox questions(List<ClarifyingQuestion> questions) {
        VBox box = new VBox(8);
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            ClarifyingQuestion q = questions.get(i);
            Hyperlink ask = new Hyperlink(q.question());
            ask.setId("question-" + i);
            ask.setWrapText(true);
            ask.getStyleClass().add("question");
            ask.setMinHeight(Region.USE_PREF_SIZE);
            ask.setOnAction(e -> progress.set(progress.get().ask(index)));
            Label answer = text(q.answer(), "answer");
            answer.setId("answer-" + i);
            answers.add(answer);
            box.getChildren().add(new VBox(2, ask, answer));
        }
        return box;
    }

    private VBox phaseList() {
        VBox box = new VBox(6);
        for (RoundPhase phase : RoundPhase.values()) {
            CheckBox check = new CheckBox(phase.label());
            check.setId("phase-" + phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            check.setUserData(phase);
            check.setOnAction(e -> progress.set(progress.get().withPhase(phase, check.isSelected())));
            phases.add(check);
            box.getChildren().addAll(check, text(phase.description(), "phase-text"));
        }
        return box;
    }

    private void refresh(RoundProgress p) {
        for (int i = 0; i < answers.size(); i++) {
            boolean shown = p.wasAsked(i);
            answers.get(i).setVisible(shown);
            answers.get(i).setManaged(shown);
        }
        askedCount.setText(p.asked().size() + " of " + answers.size() + " asked");
        phases.forEach(c -> c.setSelected(p.phasesDone().contains((RoundPhase) c.getUserData())));

        List<String> all = scenario.hints();
        hints.getChildren().clear();
        for (int i = 0; i < p.hintsShown(); i++) {
            Label hint = text((i == 0 ? "Direction: " : i == all.size() - 1 ? "Key insight: " : "Hint: ")
                    + all.get(i), "hint");
            hint.setId("hint-" + i);
            hints.getChildren().add(hint);
        }
        if (all.isEmpty()) {
            hints.getChildren().add(text("This round has no hints.", "round-muted"));
        }
        boolean more = p.hintsShown() < all.size();
        nextHint.setVisible(more);
        nextHint.setManaged(more);
        nextHint.setText(p.hintsShown() == 0 ? "Show a hint: the direction"
                : p.hintsShown() == all.size() - 1 ? "Show the key insight" : "Show the next hint");

        strongList.getChildren().clear();
        if (p.strongAnswerListVisible()) {
            scenario.strongAnswer().forEach(point -> strongList.getChildren().add(text("•  " + point, "strong-point")));
        } else {
            strongList.getChildren().add(text("Shown once you submit or open the strong answer.", "round-muted"));
        }
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("round-section");
        return l;
    }

    /** A label that wraps its text and grows to show all of it (the round panels' paragraphs). */
    static Label text(String value, String style) {
        Label l = new Label(value);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}

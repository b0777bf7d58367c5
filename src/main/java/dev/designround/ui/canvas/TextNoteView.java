package dev.designround.ui.canvas;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.model.TextNote;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A text note on the canvas, laid out as the exports lay it out ({@link TextNoteDrawing}): its lines from its
 * top-left corner, on nothing. A frame around it shows when the mouse is over it or it is selected (pseudo-class
 * {@code selected}). Style classes {@code text-note}, {@code text-note-line}, {@code text-note-frame}.
 */
final class TextNoteView extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final TextNoteDrawing LAYOUT = new TextNoteDrawing(DiagramFont.get());

    private final Rectangle frame = new Rectangle();
    private final Group lines = new Group();
    private TextNote model;
    private TextNote shown;
    private Rect box;
    /** Where the note was when its lines were made: they are moved from there. */
    private double linesX;
    private double linesY;

    TextNoteView(TextNote note) {
        getStyleClass().add("text-note");
        frame.getStyleClass().add("text-note-frame");
        frame.setArcWidth(6);
        frame.setArcHeight(6);
        lines.setMouseTransparent(true);
        getChildren().addAll(frame, lines);
        setModel(note);
    }

    String textId() {
        return model.id();
    }

    TextNote model() {
        return model;
    }

    TextNote shown() {
        return shown;
    }

    /** Where its text is, with a little room around it: what the mouse grabs and arrows go around. */
    Rect box() {
        return box;
    }

    void setModel(TextNote note) {
        model = note;
        show(note);
    }

    /** Draws it somewhere the design does not have it yet (a drag under way). */
    void show(TextNote note) {
        boolean sameText = shown != null && shown.text().equals(note.text());
        shown = note;
        TextNoteDrawing.Layout layout = LAYOUT.layout(note);
        box = layout.box();
        frame.setX(box.x());
        frame.setY(box.y());
        frame.setWidth(box.width());
        frame.setHeight(box.height());
        if (sameText) {
            lines.setLayoutX(note.x() - linesX);
            lines.setLayoutY(note.y() - linesY);
            return;
        }
        List<Text> texts = new ArrayList<>();
        double baseline = TextNoteDrawing.firstBaseline(note);
        for (String line : layout.lines()) {
            if (!line.isBlank()) {
                Text t = new Text(note.x() + TextNoteDrawing.PAD, baseline, line);
                t.getStyleClass().add("text-note-line");
                t.setTextOrigin(VPos.BASELINE);
                texts.add(t);
            }
            baseline += TextNoteDrawing.LEADING;
        }
        linesX = note.x();
        linesY = note.y();
        lines.setLayoutX(0);
        lines.setLayoutY(0);
        lines.getChildren().setAll(texts);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}

package dev.designround.diagram;

import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.model.TextNote;
import java.util.ArrayList;
import java.util.List;

/**
 * A text note as the whiteboard and every export draw it: the user's lines (their own line breaks kept, each
 * wrapped at {@link #MAX_WIDTH}), left-aligned from the note's top-left corner, in the text colour, on nothing.
 * Its box (the lines and a little room around them) is what arrows go around and arrow labels keep off.
 */
public final class TextNoteDrawing {

    public static final double SIZE = 13;
    public static final double LEADING = 17;
    /** Lines are wrapped at this width, in canvas pixels. */
    public static final double MAX_WIDTH = 280;
    /** More than any note needs; the last line shown ends with an ellipsis. */
    public static final int MAX_LINES = 40;
    /** Room around the text inside the note's box. */
    public static final double PAD = 4;

    /** A note's lines and its box, in canvas coordinates. */
    public record Layout(List<String> lines, Rect box) {
        public Layout {
            lines = List.copyOf(lines);
        }
    }

    private final TextMeasure font;
    private final TextFit fit;

    public TextNoteDrawing(TextMeasure font) {
        this.font = font;
        this.fit = new TextFit(font);
    }

    public Layout layout(TextNote note) {
        List<String> lines = fit.fit(note.text(), SIZE, MAX_WIDTH, MAX_LINES);
        double width = lines.stream().mapToDouble(l -> font.width(l, SIZE)).max().orElse(0);
        return new Layout(lines, new Rect(note.x(), note.y(), Math.ceil(width) + 2 * PAD,
                lines.size() * LEADING + 2 * PAD));
    }

    /** The baseline of a note's first line. */
    public static double firstBaseline(TextNote note) {
        return note.y() + PAD + SIZE;
    }

    public Group draw(TextNote note, Theme theme) {
        Layout layout = layout(note);
        List<SceneItem> items = new ArrayList<>();
        double baseline = firstBaseline(note);
        for (String line : layout.lines()) {
            if (!line.isBlank()) {
                items.add(new TextLine(note.x() + PAD, baseline, line, SIZE, theme.text(), Anchor.START,
                        font.width(line, SIZE)));
            }
            baseline += LEADING;
        }
        return new Group("text", note.id(), SafeText.oneLine(note.text()), items);
    }
}

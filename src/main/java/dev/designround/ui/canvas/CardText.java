package dev.designround.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.text.Text;

/**
 * A line or two of text on a card, as a plain {@link Text} node: a {@code Label} (a control with a skin) costs
 * several times the memory, which counts in designs of thousands of cards. Text that does not fit in its lines
 * is cut and ends in an ellipsis, as a label would. Fitting is redone only when the text, width or font change.
 */
final class CardText {

    private static final String ELLIPSIS = "…";

    private final Text text = new Text();
    private final int maxLines;
    private String full = "";
    private String fittedFor = null;
    private double fittedWidth = -1;
    private javafx.scene.text.Font fittedFont = null;

    CardText(String styleClass, int maxLines) {
        this.maxLines = maxLines;
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
    }

    Text node() {
        return text;
    }

    void setText(String value) {
        full = value;
    }

    /** The whole text, before any cut. */
    String fullText() {
        return full;
    }

    /** Fits the text into {@code width} and at most the given lines; returns the height it takes. */
    double fit(double width) {
        if (!full.equals(fittedFor) || width != fittedWidth || text.getFont() != fittedFont) {
            fittedFor = full;
            fittedWidth = width;
            fittedFont = text.getFont();
            text.setWrappingWidth(maxLines > 1 ? width : 0);
            text.setText(full);
            if (!fits(width)) {
                int lo = 0;
                int hi = full.length();
                while (lo < hi) { // the longest prefix that fits with the ellipsis
                    int mid = (lo + hi + 1) / 2;
                    text.setText(full.substring(0, mid).stripTrailing() + ELLIPSIS);
                    if (fits(width)) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                text.setText(full.substring(0, lo).stripTrailing() + ELLIPSIS);
            }
        }
        return text.getLayoutBounds().getHeight();
    }

    private boolean fits(double width) {
        double lineHeight = text.getFont().getSize() * 1.6;
        return text.getLayoutBounds().getHeight() <= maxLines * lineHeight
                && (maxLines > 1 || text.getLayoutBounds().getWidth() <= width);
    }
}

package dev.designround.diagram;

/** How wide a text is in some font: what fitting text into cards and labels needs to know. */
public interface TextMeasure {

    /** The width of a text at a font size, in the same units as the size. */
    double width(String text, double size);
}

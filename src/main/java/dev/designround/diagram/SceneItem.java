package dev.designround.diagram;

import java.util.List;

/**
 * One thing to draw in a {@link DiagramScene}, in scene coordinates (pixels, y down). The writers (SVG, PNG, PDF)
 * only interpret these; all layout decisions are made once when the scene is built.
 */
public sealed interface SceneItem {

    /** The same item moved by (dx, dy). */
    SceneItem moved(double dx, double dy);

    /** How a line is stroked: solid, dashed (fallback edges) or dotted (async edges). */
    enum LineStyle {
        SOLID(new float[0]), DASHED(new float[] {7, 4}), DOTTED(new float[] {2, 3});

        private final float[] dashes;

        LineStyle(float[] dashes) {
            this.dashes = dashes;
        }

        /** Dash and gap lengths at scale 1; empty for a solid line. */
        public float[] dashes() {
            return dashes.clone();
        }
    }

    /** Where a text's x is: its start or its middle. */
    enum Anchor { START, MIDDLE }

    /** A rounded rectangle, filled and outlined (solid, or dashed for a zone's border). */
    record Box(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
               double strokeWidth, LineStyle style) implements SceneItem {

        /** A box with a solid outline. */
        public Box(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
                   double strokeWidth) {
            this(x, y, width, height, radius, fill, stroke, strokeWidth, LineStyle.SOLID);
        }

        @Override
        public Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height, radius, fill, stroke, strokeWidth, style);
        }
    }

    /** An open line through points. */
    record Polyline(List<Point> points, Rgb stroke, double width, LineStyle style) implements SceneItem {
        public Polyline {
            points = List.copyOf(points);
        }

        @Override
        public Polyline moved(double dx, double dy) {
            return new Polyline(points.stream().map(p -> p.moved(dx, dy)).toList(), stroke, width, style);
        }
    }

    /** A filled triangle at the end of an edge. */
    record Arrowhead(Point tip, Point left, Point right, Rgb fill) implements SceneItem {
        @Override
        public Arrowhead moved(double dx, double dy) {
            return new Arrowhead(tip.moved(dx, dy), left.moved(dx, dy), right.moved(dx, dy), fill);
        }
    }

    /**
     * One line of text (already fitted; never contains a line break).
     *
     * @param baseline the y of the text's baseline
     * @param width    its width as laid out in {@link DiagramFont}
     */
    record TextLine(double x, double baseline, String text, double size, Rgb colour, Anchor anchor, double width)
            implements SceneItem {
        @Override
        public TextLine moved(double dx, double dy) {
            return new TextLine(x + dx, baseline + dy, text, size, colour, anchor, width);
        }

        /** The x where the text starts. */
        public double left() {
            return anchor == Anchor.MIDDLE ? x - width / 2 : x;
        }
    }

    /**
     * Items that belong together: a node's card and text, an edge with its arrowhead and label, the legend.
     *
     * @param role  {@code node}, {@code edge}, {@code edge-label}, {@code zone}, {@code text}, {@code title} or
     *              {@code legend}
     * @param id    the node, edge, zone or text note id (empty for title and legend)
     * @param title a plain-text description (a tooltip in SVG)
     */
    record Group(String role, String id, String title, List<SceneItem> items) implements SceneItem {
        public Group {
            items = List.copyOf(items);
        }

        @Override
        public Group moved(double dx, double dy) {
            return new Group(role, id, title, items.stream().map(i -> i.moved(dx, dy)).toList());
        }
    }
}

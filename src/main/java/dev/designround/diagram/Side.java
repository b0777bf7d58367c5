package dev.designround.diagram;

/** A side of a card, with the direction pointing out of it. */
enum Side {
    TOP(0, -1), RIGHT(1, 0), BOTTOM(0, 1), LEFT(-1, 0);

    final int dx;
    final int dy;

    Side(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    boolean horizontal() {
        return dy != 0; // top and bottom run horizontally
    }

    /** The point of a card's side at a position along it (x for top and bottom, y for left and right). */
    Point at(Rect card, double along) {
        return switch (this) {
            case TOP -> new Point(along, card.y());
            case BOTTOM -> new Point(along, card.bottom());
            case LEFT -> new Point(card.x(), along);
            case RIGHT -> new Point(card.right(), along);
        };
    }

    /** The side of the card a border point lies on (the nearest one). */
    static Side of(Rect card, Point p) {
        double top = Math.abs(p.y() - card.y());
        double bottom = Math.abs(p.y() - card.bottom());
        double left = Math.abs(p.x() - card.x());
        double right = Math.abs(p.x() - card.right());
        double min = Math.min(Math.min(top, bottom), Math.min(left, right));
        return min == top ? TOP : min == bottom ? BOTTOM : min == left ? LEFT : RIGHT;
    }
}

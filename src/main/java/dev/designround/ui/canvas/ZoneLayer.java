package dev.designround.ui.canvas;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Theme;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import dev.designround.ui.edit.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;

/**
 * The zones and text notes on the canvas: one {@link ZoneView} or {@link TextNoteView} each, always (a design has a
 * handful, not thousands, so they are drawn at every zoom). Zones lie under everything else, outer ones first, so
 * cards and arrows show on them; notes lie over the cards, as in the exports. It answers what the mouse is on
 * (a zone's title band or border, a selected zone's corner, a note) from where they are drawn, which during a drag
 * is where the drag has them ({@link #preview}).
 */
final class ZoneLayer {

    /** Side of a zone's corner handle, in screen pixels. */
    static final double HANDLE = 9;
    /** How far from a zone's border a press still grabs it, in screen pixels. */
    private static final double BORDER_GRAB = 5;
    private static final ZoneDrawing TITLES = new ZoneDrawing(Theme.LIGHT, DiagramFont.get());

    private final Group zoneGroup = new Group();
    private final Group textGroup = new Group();
    private final Map<String, ZoneView> zones = new LinkedHashMap<>();
    private final Map<String, TextNoteView> texts = new LinkedHashMap<>();
    private Selection selection;
    private boolean editable = true;
    private double scale = 1;

    /** The layer of zones, to lie under the cards, arrows and the zoomed-out drawing. */
    Group zoneGroup() {
        return zoneGroup;
    }

    /** The layer of text notes, to lie over the cards. */
    Group textGroup() {
        return textGroup;
    }

    /** Where the zones' titles are: arrow labels keep off them (as in the exports). */
    static List<Rect> titleBoxes(Design design) {
        List<Rect> out = new ArrayList<>();
        ZoneMap.of(design).outerFirst().forEach(z -> TITLES.titleBox(z).ifPresent(out::add));
        return out;
    }

    /** Shows a design's zones and notes, forgetting those shown before. */
    void reset(Design design, Selection next) {
        selection = next;
        zones.clear();
        texts.clear();
        design.zones().forEach(z -> zones.put(z.id(), new ZoneView(z)));
        design.texts().forEach(t -> texts.put(t.id(), new TextNoteView(t)));
        textGroup.getChildren().setAll(texts.values());
        restack(design);
        remark();
    }

    // ---- following the design --------------------------------------------------------------------------------

    void putZone(Zone zone, Design design) {
        ZoneView view = zones.get(zone.id());
        if (view == null) {
            view = new ZoneView(zone);
            view.setHandleSize(HANDLE / scale);
            zones.put(zone.id(), view);
        } else {
            view.setModel(zone);
        }
        restack(design);
        remark();
    }

    void removeZone(String id, Design design) {
        zones.remove(id);
        restack(design);
    }

    void putText(TextNote note) {
        TextNoteView view = texts.get(note.id());
        if (view == null) {
            view = new TextNoteView(note);
            texts.put(note.id(), view);
            textGroup.getChildren().add(view);
            view.setSelected(selection != null && selection.containsText(note.id()));
        } else {
            view.setModel(note);
        }
    }

    void removeText(String id) {
        TextNoteView view = texts.remove(id);
        if (view != null) {
            textGroup.getChildren().remove(view);
        }
    }

    /** Outer zones first (drawn under the ones inside them), as the exports paint them. */
    private void restack(Design design) {
        List<ZoneView> ordered = new ArrayList<>();
        ZoneMap.of(design).outerFirst().forEach(z -> Optional.ofNullable(zones.get(z.id())).ifPresent(ordered::add));
        zoneGroup.getChildren().setAll(ordered);
    }

    /** The selection changed: selected zones show their handles, selected notes their frame. */
    void remark() {
        zones.values().forEach(v -> v.setSelected(selection != null && selection.containsZone(v.zoneId()), editable));
        texts.values().forEach(v -> v.setSelected(selection != null && selection.containsText(v.textId())));
    }

    void setEditable(boolean value) {
        editable = value;
        remark();
    }

    /** The view's zoom: handles keep their size on screen. */
    void setScale(double value) {
        scale = value;
        zones.values().forEach(v -> v.setHandleSize(HANDLE / value));
    }

    // ---- drags -----------------------------------------------------------------------------------------------

    /** Draws zones and notes at new top-left corners (a drag under way); the design does not change. */
    void preview(Map<String, CanvasPoint> zonePositions, Map<String, CanvasPoint> textPositions) {
        zonePositions.forEach((id, p) -> Optional.ofNullable(zones.get(id))
                .ifPresent(v -> v.show(v.model().withPosition(p.x(), p.y()))));
        textPositions.forEach((id, p) -> Optional.ofNullable(texts.get(id))
                .ifPresent(v -> v.show(v.model().withPosition(p.x(), p.y()))));
    }

    /** Draws a zone with other bounds (a resize under way). */
    void previewZone(Zone bounds) {
        Optional.ofNullable(zones.get(bounds.id())).ifPresent(v -> v.show(bounds));
    }

    /** The drag ended: everything is drawn where the design has it. */
    void endPreview() {
        zones.values().forEach(v -> v.show(v.model()));
        texts.values().forEach(v -> v.show(v.model()));
    }

    // ---- questions -------------------------------------------------------------------------------------------

    Optional<Zone> zone(String id) {
        return Optional.ofNullable(zones.get(id)).map(ZoneView::shown);
    }

    Optional<TextNote> text(String id) {
        return Optional.ofNullable(texts.get(id)).map(TextNoteView::shown);
    }

    /** Where a note's text is drawn. */
    Optional<Rect> textBox(String id) {
        return Optional.ofNullable(texts.get(id)).map(TextNoteView::box);
    }

    /** A corner handle of a selected zone under a world point (handles show only on selected zones). */
    Optional<CanvasTarget.ZoneCorner> cornerAt(double x, double y) {
        if (!editable) {
            return Optional.empty();
        }
        double reach = HANDLE / scale / 2 + 1 / scale;
        List<ZoneView> views = new ArrayList<>(zones.values());
        for (int i = views.size() - 1; i >= 0; i--) {
            ZoneView v = views.get(i);
            if (selection == null || !selection.containsZone(v.zoneId())) {
                continue;
            }
            Zone z = v.shown();
            for (boolean left : new boolean[] {true, false}) {
                for (boolean top : new boolean[] {true, false}) {
                    double cx = left ? z.x() : z.right();
                    double cy = top ? z.y() : z.bottom();
                    if (Math.abs(x - cx) <= reach && Math.abs(y - cy) <= reach) {
                        return Optional.of(new CanvasTarget.ZoneCorner(v.zoneId(), left, top));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The topmost text note whose text is under a world point. */
    Optional<String> textAt(double x, double y) {
        List<TextNoteView> views = new ArrayList<>(texts.values());
        for (int i = views.size() - 1; i >= 0; i--) {
            if (views.get(i).box().contains(x, y)) {
                return Optional.of(views.get(i).textId());
            }
        }
        return Optional.empty();
    }

    /**
     * The innermost zone grabbed at a world point: by its title band (the top of the zone, as tall as its title
     * needs) or near its border. Inside, a zone is canvas: a press there starts a rubber band.
     */
    Optional<String> zoneAt(double x, double y) {
        double reach = BORDER_GRAB / scale;
        List<javafx.scene.Node> stacked = zoneGroup.getChildren();
        for (int i = stacked.size() - 1; i >= 0; i--) {
            Zone z = ((ZoneView) stacked.get(i)).shown();
            boolean near = x >= z.x() - reach && x <= z.right() + reach && y >= z.y() - reach
                    && y <= z.bottom() + reach;
            boolean inner = x > z.x() + reach && x < z.right() - reach && y > z.y() + reach
                    && y < z.bottom() - reach;
            boolean title = x >= z.x() && x <= z.right() && y >= z.y()
                    && y <= z.y() + Math.min(ZoneDrawing.TITLE_HEIGHT, z.height());
            if (near && (!inner || title)) {
                return Optional.of(z.id());
            }
        }
        return Optional.empty();
    }

    /** The notes whose text meets an area. */
    List<String> textsMeeting(Box area) {
        return texts.values().stream().filter(v -> Box.of(v.box()).intersects(area)).map(TextNoteView::textId)
                .toList();
    }

    /** The zones and notes wholly inside an area (a rubber band). */
    List<String> zonesInside(Box area) {
        return zones.values().stream().filter(v -> Box.of(ZoneDrawing.rect(v.shown())).isInside(area))
                .map(ZoneView::zoneId).toList();
    }

    List<String> textsInside(Box area) {
        return texts.values().stream().filter(v -> Box.of(v.box()).isInside(area)).map(TextNoteView::textId)
                .toList();
    }

    /** The smallest box holding every zone and note, if there are any. */
    Optional<Rect> bounds() {
        Rect all = null;
        for (ZoneView v : zones.values()) {
            Rect r = ZoneDrawing.rect(v.shown());
            all = all == null ? r : all.union(r);
        }
        for (TextNoteView v : texts.values()) {
            all = all == null ? v.box() : all.union(v.box());
        }
        return Optional.ofNullable(all);
    }
}

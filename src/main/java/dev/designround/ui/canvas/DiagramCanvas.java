package dev.designround.ui.canvas;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.CategoryStyles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The whiteboard's drawing surface: an unbounded canvas of cards and arrows seen through a {@link Viewport} (pan
 * and zoom), over a grid. It shows the design of an {@link Editor} and follows its changes; the mouse and keyboard
 * gestures ({@link CanvasGestures}) and palette drops turn into editor operations, never direct model changes.
 *
 * <p>It costs what is in view, not what is in the design: only the cards and arrows near the view exist as JavaFX
 * nodes ({@link CardViews}, made and reused as the view moves), and below {@link DesignRenderer#OVERVIEW_BELOW}
 * zoom the whole view is drawn on one canvas instead ({@link OverviewLayer}). Where things are, and what is under
 * the mouse, is answered from the design's geometry ({@link DiagramGeometry}, {@link #targetAt}), so every gesture
 * works the same at every zoom. Marks (selection, highlights) and other panels' decorations ({@link CardDecorator})
 * are kept per node id and given to a card when it is made.
 *
 * <p>Zones and text notes are few and always exist as JavaFX nodes ({@link ZoneLayer}); a zone's title band and
 * border grab it, a selected zone's corners resize it, and dragging it moves what it holds.
 *
 * <p>Layers, bottom to top: grid (screen space), zones, the zoomed-out drawing, the picture of the still parts during
 * a drag in a large design ({@link DragProxy}), edges, cards, text notes, edge labels, overlays others put on the cards
 * ({@link #overlayLayer()}: the simulation's badges), dragged cards and edges, world overlay (connection preview,
 * inline editor), screen overlay (rubber band).
 */
public final class DiagramCanvas extends Region {

    static {
        // The exports' typeface, for arrow labels: they are placed by its measure, as in the exports.
        javafx.scene.text.Font.loadFont(new java.io.ByteArrayInputStream(
                dev.designround.diagram.DiagramFont.get().bytes()), dev.designround.diagram.LabelPlacer.SIZE);
    }

    static final double FIT_MARGIN = 48;
    private static final double ZOOM_STEP = 1.2;

    private final GridLayer grid = new GridLayer();
    private final Group world = new Group();
    /** Zones, in world coordinates like {@link #world} but under the zoomed-out drawing. */
    private final Group zoneWorld = new Group();
    private final Translate zonePan = new Translate();
    private final Scale zoneZoom = new Scale(1, 1, 0, 0);
    private final ZoneLayer zoneLayer = new ZoneLayer();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group overlayLayer = new Group();
    private final Group dragLayer = new Group();
    private final Group worldOverlay = new Group();
    private final Pane screenOverlay = new Pane();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.IDENTITY);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final DiagramGeometry geometry = new DiagramGeometry();
    private final Marks marks = new Marks();
    private final OverviewStyle overviewStyle = new OverviewStyle();
    private final CardViews views;
    private final OverviewLayer overview;
    private final DesignRenderer renderer;
    private final Hits hits;
    private final CanvasGestures gestures;
    private final DragProxy dragProxy;
    private final EmptyHint emptyHint = new EmptyHint();
    private Editor editor;
    private boolean fitWhenLaidOut;
    private double laidOutWidth;
    private double laidOutHeight;

    public DiagramCanvas(Catalog catalog, CategoryStyles categories) {
        getStyleClass().add("diagram-canvas");
        views = new CardViews(new CardViews.Layers(edgeLayer, nodeLayer, labelLayer, overlayLayer), catalog,
                categories, geometry, marks);
        overview = new OverviewLayer(geometry, new OverviewPainter(geometry, marks, overviewStyle, catalog,
                categories, views::decorators));
        renderer = new DesignRenderer(geometry, views, overview, marks, zoneLayer, this::schedule);
        hits = new Hits(this, geometry, views, zoneLayer);
        overviewStyle.onChange(() -> {
            overview.invalidate();
            schedule();
        });
        world.getTransforms().addAll(pan, zoom);
        world.getChildren().addAll(edgeLayer, nodeLayer, zoneLayer.textGroup(), labelLayer, overlayLayer, dragLayer,
                worldOverlay);
        zoneWorld.getTransforms().addAll(zonePan, zoneZoom);
        zoneWorld.getChildren().add(zoneLayer.zoneGroup());
        zoneWorld.setManaged(false);
        dragProxy = new DragProxy(this, List.of(edgeLayer, nodeLayer, labelLayer, overlayLayer), dragLayer,
                views::isShown);
        world.setManaged(false);
        screenOverlay.setManaged(false);
        screenOverlay.setMouseTransparent(true);
        screenOverlay.setPickOnBounds(false);
        getChildren().addAll(overviewStyle.node(), grid, zoneWorld, overview.node(), dragProxy.picture(), world,
                screenOverlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        setMinSize(0, 0);
        viewport.addListener((obs, before, after) -> {
            dragProxy.end(); // the picture of the still parts no longer matches the view
            applyViewport(after);
        });
        screenOverlay.getChildren().add(emptyHint.node());
        gestures = new CanvasGestures(this);
        new PaletteDrop(this).install();
        editable.addListener((o, was, now) -> {
            gestures.cancel();
            getStyleClass().remove("read-only");
            if (!now) {
                getStyleClass().add("read-only");
            }
            emptyHint.setEditable(now);
            zoneLayer.setEditable(now);
        });
    }

    /**
     * Whether the mouse and keyboard may change the design (true by default). A read-only canvas (a reference
     * design) still selects, pans, zooms and scrolls, but moves, connects, edits, deletes and accepts drops no
     * more; style class {@code read-only}.
     */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public boolean isEditable() {
        return editable.get();
    }

    /** Shows the editor's design; the view fits the design once the canvas has its size. */
    public void show(Editor next) {
        editor = next;
        emptyHint.follow(next.design());
        renderer.show(next.design(), next.selection());
        gestures.cancel();
        fitWhenLaidOut = true;
        requestLayout();
        if (getWidth() > 0 && getHeight() > 0) {
            fitToContent();
            fitWhenLaidOut = false;
        }
        if (next.design().nodeCount() >= DragProxy.MIN_NODES) {
            Platform.runLater(dragProxy::warmUp); // its first drag will freeze the view into a picture
        }
    }

    /** Whether the snapshots a large design's drags take are set up (for tests). */
    boolean dragPictureReady() {
        return dragProxy.isWarm();
    }

    public Optional<Editor> editor() {
        return Optional.ofNullable(editor);
    }

    Editor requireEditor() {
        if (editor == null) {
            throw new IllegalStateException("no design shown");
        }
        return editor;
    }

    DesignRenderer renderer() {
        return renderer;
    }

    DiagramGeometry geometry() {
        return geometry;
    }

    Hits hits() {
        return hits;
    }

    ZoneLayer zoneLayer() {
        return zoneLayer;
    }

    /** Where a zone is, in world coordinates (where a drag or resize has it, during one). */
    public Optional<dev.designround.model.Zone> zoneShown(String zoneId) {
        return zoneLayer.zone(zoneId);
    }

    /** Where a text note's text is, in world coordinates (where a drag has it, during one). */
    public Optional<dev.designround.diagram.Rect> textBox(String textId) {
        return zoneLayer.textBox(textId);
    }

    DragProxy dragProxy() {
        return dragProxy;
    }

    Group worldOverlay() {
        return worldOverlay;
    }

    Pane screenOverlay() {
        return screenOverlay;
    }

    /**
     * A layer in world coordinates above the cards and edge labels, for what other panels draw on the diagram
     * (the simulation's badges). Whoever adds to it removes what they added; during a drag in a large design it is
     * part of the still picture.
     */
    public Group overlayLayer() {
        return overlayLayer;
    }

    public CanvasGestures gestures() {
        return gestures;
    }

    /**
     * The card showing a node, if it exists now: only cards in or near the view do, and none when zoomed out
     * below {@link DesignRenderer#OVERVIEW_BELOW} (except the one under the mouse). Mark nodes with
     * {@link #setHighlighted}, decorate them with {@link #addDecorator}, find them with {@link #nodeBox}; these
     * work for every node.
     */
    public Optional<NodeCard> card(String nodeId) {
        refreshIfOnFxThread();
        return views.card(nodeId);
    }

    /** The arrow showing an edge, if it exists now (see {@link #card}). */
    public Optional<EdgeView> edge(String edgeId) {
        refreshIfOnFxThread();
        return views.edge(edgeId);
    }

    /** Where a node's card is, in world coordinates (where a drag has it, during a drag). */
    public Optional<Box> nodeBox(String nodeId) {
        return geometry.box(nodeId);
    }

    /** The route of an edge's arrow, in world coordinates (the same route the exports draw). */
    public Optional<dev.designround.diagram.Route> edgeRoute(String edgeId) {
        return geometry.route(edgeId);
    }

    /** Where an edge's label is, in world coordinates, when it has one. */
    public Optional<dev.designround.diagram.Rect> edgeLabelBox(String edgeId) {
        return geometry.labelBox(edgeId);
    }

    /** What is under a point given in this canvas's coordinates (a click, a right-click). */
    public CanvasTarget targetAt(double x, double y) {
        return hits.at(x, y);
    }

    /** Whether the view is zoomed out so far that the design is drawn on one canvas rather than as cards. */
    public boolean isOverview() {
        return viewport().scale() < DesignRenderer.OVERVIEW_BELOW;
    }

    /**
     * Highlights nodes and the edges along a path (a finding; the strong answer's "lacking" marks), replacing what
     * was highlighted; style pseudo-class {@code highlighted}. Kept by id: cards made later are highlighted too.
     */
    public void setHighlighted(Collection<String> nodeIds, Collection<String> edgeIds) {
        renderer.highlight(nodeIds, edgeIds);
    }

    public Set<String> highlightedNodes() {
        return marks.highlightedNodes();
    }

    public Set<String> highlightedEdges() {
        return marks.highlightedEdges();
    }

    /** Adds something drawn over every card (made for the cards in view only). */
    public void addDecorator(CardDecorator decorator) {
        views.addDecorator(decorator);
        overview.invalidate();
        schedule();
    }

    public void removeDecorator(CardDecorator decorator) {
        views.removeDecorator(decorator);
        overview.invalidate();
        schedule();
    }

    /** What the decorators show changed: the cards in view are decorated anew, the zoomed-out view redrawn. */
    public void redecorate() {
        views.redecorate();
        overview.invalidate();
        schedule();
    }

    /** How many cards and arrows exist as JavaFX nodes now (for tests: bounded by the view, not the design). */
    int shownCards() {
        return views.cardIds().size();
    }

    int shownEdges() {
        return views.edgeIds().size();
    }

    OverviewLayer overview() {
        return overview;
    }

    // ---- moving cards (the gestures) ---------------------------------------------------------------------------

    /** Cards start moving: zoomed out they are drawn on their own; in a large design the rest becomes a picture. */
    void beginMove(Set<String> nodeIds) {
        if (isOverview()) {
            overview.setMoving(nodeIds);
            schedule();
        }
        geometry.setMoving(true);
        if (!isOverview() && requireEditor().design().nodeCount() >= DragProxy.MIN_NODES) {
            renderer.setDragged(nodeIds);
            refreshNow();
            List<javafx.scene.Node> moving = new java.util.ArrayList<>();
            geometry.edgesTouching(nodeIds).forEach(id -> views.edge(id).ifPresent(moving::add));
            nodeIds.forEach(id -> views.card(id).ifPresent(moving::add));
            dragProxy.begin(moving);
        }
    }

    /** Where the moving cards are now (not yet in the design). */
    void previewMove(Map<String, CanvasPoint> positions) {
        renderer.preview(positions);
    }

    /** Where moving zones and text notes are now (not yet in the design). */
    void previewMove(Map<String, CanvasPoint> zones, Map<String, CanvasPoint> texts) {
        zoneLayer.preview(zones, texts);
    }

    /** The move ended (kept or cancelled): everything is drawn live again. */
    void endMove() {
        zoneLayer.endPreview();
        geometry.setMoving(false);
        dragProxy.end();
        overview.setMoving(Set.of());
        renderer.setDragged(Set.of());
        renderer.viewChanged();
    }

    /** The node the mouse is over (its card exists even when zoomed out, for its handles). */
    void setHovered(Optional<String> nodeId) {
        renderer.setHovered(nodeId);
    }

    /** Lights up the card a connection being drawn would end on (or none). */
    void connectTo(Optional<String> nodeId) {
        renderer.connectTo(nodeId);
    }

    // ---- viewport --------------------------------------------------------------------------------------------

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport viewport() {
        return viewport.get();
    }

    public void setViewport(Viewport v) {
        viewport.set(v);
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public void zoomIn() {
        setViewport(viewport().zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2));
    }

    public void zoomOut() {
        setViewport(viewport().zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2));
    }

    /** Back to 100 %, keeping the centre of the view where it is. */
    public void actualSize() {
        setViewport(viewport().zoomAt(1 / viewport().scale(), getWidth() / 2, getHeight() / 2));
    }

    /** Shows the whole design, at most at 100 %. An empty design is shown at 100 % from the origin. */
    public void fitToContent() {
        Optional<Box> all = editor == null ? Optional.empty() : contentBounds();
        if (all.isEmpty()) {
            setViewport(new Viewport(1, FIT_MARGIN, FIT_MARGIN));
            return;
        }
        Box b = all.get(); // with room for self-loops above and edge labels around the cards
        setViewport(Viewport.fit(b.x() - 16, b.y() - 48, b.maxX() + 48, b.maxY() + 16, getWidth(), getHeight(),
                FIT_MARGIN, 1));
    }

    /** Every card, zone and text note. */
    private Optional<Box> contentBounds() {
        Optional<Box> cards = geometry.bounds();
        Optional<Box> others = zoneLayer.bounds().map(Box::of);
        if (cards.isEmpty() || others.isEmpty()) {
            return cards.isPresent() ? cards : others;
        }
        Box a = cards.get();
        Box b = others.get();
        return Optional.of(Box.spanning(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.maxX(), b.maxX()),
                Math.max(a.maxY(), b.maxY())));
    }

    /** Scrolls (without zooming) so that a node is in the middle of the view; its card is made if need be. */
    public void reveal(String nodeId) {
        geometry.box(nodeId).ifPresent(box -> setViewport(viewport().centeredOn(box.centerX(), box.centerY(),
                getWidth(), getHeight())));
    }

    /**
     * Makes every one of these nodes' cards visible: nothing moves when they all are already; otherwise the view is
     * centred on them, zoomed out only as far as it takes to show them all (a finding's whole path).
     */
    public void bringIntoView(Collection<String> nodeIds) {
        List<Box> boxes = nodeIds.stream().map(geometry::box).flatMap(Optional::stream).toList();
        if (boxes.isEmpty()) {
            return;
        }
        Box all = boxes.stream().reduce((a, b) -> Box.spanning(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()),
                Math.max(a.maxX(), b.maxX()), Math.max(a.maxY(), b.maxY()))).orElseThrow();
        Viewport v = viewport();
        if (!all.isInside(viewInWorld())) {
            setViewport(Viewport.fit(all.x(), all.y(), all.maxX(), all.maxY(), getWidth(), getHeight(), FIT_MARGIN,
                    v.scale()));
        }
    }

    /** Whether a card with its top-left corner here would be wholly in view. */
    boolean isInViewForCardAt(double x, double y) {
        return Box.card(x, y).isInside(viewInWorld());
    }

    /** The part of the world the view shows. */
    private Box viewInWorld() {
        Viewport v = viewport();
        return Box.spanning(v.toWorldX(0), v.toWorldY(0), v.toWorldX(getWidth()), v.toWorldY(getHeight()));
    }

    /**
     * Whether a card with its top-left corner here would touch no other card nor text note (with a little room
     * around it).
     */
    boolean isFreeForCardAt(double x, double y) {
        Box room = Box.card(x, y).grow(8);
        return geometry.nodesIn(room).isEmpty() && zoneLayer.textsMeeting(room).isEmpty();
    }

    /** The world point at the middle of the view. */
    public Point2D centerInWorld() {
        return new Point2D(viewport().toWorldX(getWidth() / 2), viewport().toWorldY(getHeight() / 2));
    }

    /** A point in this canvas's coordinates, in world coordinates. */
    public Point2D toWorld(double localX, double localY) {
        return new Point2D(viewport().toWorldX(localX), viewport().toWorldY(localY));
    }

    /** A world coordinate on the grid when snapping is on. */
    double snap(double value) {
        return snapToGrid.get() ? Math.round(value / CardGeometry.GRID) * CardGeometry.GRID : Math.round(value);
    }

    private void applyViewport(Viewport v) {
        pan.setX(v.translateX());
        pan.setY(v.translateY());
        zoom.setX(v.scale());
        zoom.setY(v.scale());
        zonePan.setX(v.translateX());
        zonePan.setY(v.translateY());
        zoneZoom.setX(v.scale());
        zoneZoom.setY(v.scale());
        zoneLayer.setScale(v.scale());
        grid.setViewport(v);
        views.setHandleRadius(NodeCard.HANDLE_RADIUS / Math.min(1, v.scale()));
        renderer.viewChanged();
    }

    /** Asks for the cards in view to be worked out, and the zoomed-out view drawn, at the next frame (once). */
    private void schedule() {
        setNeedsLayout(true);
    }

    /** Works out now what is in view (and draws it), if anything changed since the last time. */
    void refreshNow() {
        renderer.refresh(viewport(), getWidth(), getHeight(), !dragProxy.isActive());
    }

    private void refreshIfOnFxThread() {
        if (Platform.isFxApplicationThread()) {
            refreshNow();
        }
    }

    @Override
    protected void layoutChildren() {
        grid.resizeRelocate(0, 0, getWidth(), getHeight());
        screenOverlay.resizeRelocate(0, 0, getWidth(), getHeight());
        emptyHint.layout(getWidth(), getHeight());
        if (fitWhenLaidOut && getWidth() > 0 && getHeight() > 0) {
            fitWhenLaidOut = false;
            fitToContent();
        }
        if (getWidth() != laidOutWidth || getHeight() != laidOutHeight) {
            laidOutWidth = getWidth();
            laidOutHeight = getHeight();
            renderer.viewChanged();
        }
        refreshNow();
    }
}

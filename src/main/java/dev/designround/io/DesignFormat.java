package dev.designround.io;

/** Constants of the design file format (PRODUCT.md, "Design file format, version 1"). */
public final class DesignFormat {

    public static final String FORMAT = "design-round.design";
    public static final int VERSION = 1;

    /** Far above real use; a design beyond these is refused with a clear message. */
    public static final int MAX_NODES = 10_000;
    public static final int MAX_EDGES = 50_000;
    public static final int MAX_ID_LENGTH = 200;
    /** Zones and text notes of the optional canvas section ({@link CanvasSection}). */
    public static final int MAX_ZONES = 1_000;
    public static final int MAX_TEXTS = 10_000;

    private DesignFormat() {
    }
}

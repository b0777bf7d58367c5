package dev.designround.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A layout before it is put on the canvas: every card, zone and text note it places, as a box whose position is
 * relative to the top-left corner of the zone it is in (for what is in no zone, to an origin of the layout's own).
 * Keeping positions relative lets {@link LayeredLayout} snap each box to the grid inside its zone, so what was
 * inside stays inside.
 */
final class Placement {

    final Map<String, Box> nodes = new LinkedHashMap<>();
    final Map<String, Box> zones = new LinkedHashMap<>();
    final Map<String, Box> texts = new LinkedHashMap<>();
}

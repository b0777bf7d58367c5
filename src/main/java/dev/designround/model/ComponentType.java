package dev.designround.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A kind of component in the catalog.
 *
 * @param id           stable id used in design files ({@code llm}, {@code vector-db}, ...)
 * @param name         display name
 * @param category     a {@link Category} id
 * @param description  what it is for and when an interviewer expects it
 * @param capabilities capability ids every node of this type has
 * @param latencyMs    default p50 latency of one call
 * @param costUsd      default cost of one call
 * @param errorRate    default share of calls that fail
 * @param params       further numeric defaults for the simulator ({@code detectionRate}, {@code hitRate}, ...)
 * @param icon         an Ikonli icon literal for the whiteboard, or empty
 */
public record ComponentType(String id, String name, String category, String description, List<String> capabilities,
                            double latencyMs, double costUsd, double errorRate, Map<String, Double> params,
                            String icon) {

    public ComponentType {
        capabilities = List.copyOf(capabilities);
        params = Map.copyOf(params);
        icon = icon == null ? "" : icon;
    }

    public boolean has(String capability) {
        return capabilities.contains(capability);
    }

    public OptionalDouble param(String key) {
        Double value = params.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

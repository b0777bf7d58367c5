package dev.designround.ui.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The best submitted result per scenario id, as the start view's gallery shows it. Immutable. */
public record BestScores(Map<String, BestScore> byScenario) {

    public static final BestScores NONE = new BestScores(Map.of());

    public BestScores {
        byScenario = Collections.unmodifiableMap(new TreeMap<>(byScenario));
    }

    public Optional<BestScore> of(String scenarioId) {
        return Optional.ofNullable(byScenario.get(scenarioId));
    }

    /** Records a submitted result; keeps the one there when it was at least as good. */
    public BestScores record(String scenarioId, BestScore result) {
        Optional<BestScore> old = of(scenarioId);
        if (old.isPresent() && !result.isBetterThan(old.get())) {
            return this;
        }
        Map<String, BestScore> next = new LinkedHashMap<>(byScenario);
        next.put(scenarioId, result);
        return new BestScores(next);
    }
}

package dev.designround.io;

import dev.designround.model.Design;
import dev.designround.round.RoundState;
import java.util.Objects;
import java.util.Optional;

/**
 * What a design file holds: the design, and the round being practised on it, when one was saved (the optional
 * {@code round} section, see {@link RoundSection}).
 */
public record DesignFile(Design design, Optional<RoundState> round) {

    public DesignFile {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(round, "round");
    }
}

package dev.designround.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems a loader finds in one file, so that a person sees the first one and how many more there
 * are, instead of fixing them one run at a time. Stops collecting after {@value #MAX} problems.
 */
public final class Problems {

    static final int MAX = 200;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Position position, String message) {
        if (problems.size() < MAX) {
            problems.add(new Problem(position, message));
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** @throws InputException holding every problem collected so far, if there is any */
    public void throwIfAny() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(file, problems);
        }
    }
}

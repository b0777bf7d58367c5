package dev.designround.json;

import java.util.List;

/**
 * A file the user gave us is not acceptable. Carries every problem found, first one first; {@link #getMessage()}
 * is a single line naming the file, the place and what is wrong, ready for a person to read. Never a bug in
 * Design Round: those are other exceptions.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<Problem> problems;

    public InputException(String file, List<Problem> problems) {
        super(summary(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public InputException(String file, Position position, String message) {
        this(file, List.of(new Problem(position, message)));
    }

    public InputException(String file, String message) {
        this(file, Position.UNKNOWN, message);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one formatted line each. */
    public List<String> lines() {
        return problems.stream().map(p -> p.format(file)).toList();
    }

    private static String summary(String file, List<Problem> problems) {
        if (problems.isEmpty()) {
            return file;
        }
        String first = problems.get(0).format(file);
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}

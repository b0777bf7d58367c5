package dev.designround.ui.history;

import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the start view's tile sums up a scenario's history in one line: "3 attempts: 40 → 58 → 72.5 ↑". */
public final class Trend {

    /** The line shows at most this many of the latest scores. */
    static final int SHOWN = 5;

    private Trend() {
    }

    /** Empty when nothing was submitted. */
    public static String text(AttemptHistory h) {
        if (h.isEmpty()) {
            return "";
        }
        return h.size() + (h.size() == 1 ? " attempt: " : " attempts: ") + scores(h);
    }

    /** The latest scores and which way they went: "13.3 → 46.7 → 83.3 → 100 ↑"; empty when nothing was submitted. */
    public static String scores(AttemptHistory h) {
        if (h.isEmpty()) {
            return "";
        }
        List<Attempt> all = h.attempts();
        List<Attempt> last = all.subList(Math.max(0, all.size() - SHOWN), all.size());
        String scores = (all.size() > SHOWN ? "… → " : "") + last.stream().map(a -> score(a.score()))
                .collect(Collectors.joining(" → "));
        String arrow = switch (h.trend()) {
            case UP -> " ↑";
            case DOWN -> " ↓";
            case SAME -> " =";
            case FIRST -> "";
        };
        return scores + arrow;
    }

    /** 72.5, 40 (whole scores without a fraction). */
    static String score(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}

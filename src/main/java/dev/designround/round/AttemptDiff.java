package dev.designround.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two attempts at a round: the rules the earlier one failed and the later one passes
 * (fixed), those both fail (still missing), and those only the later one fails (new). Rules are matched by id;
 * each list keeps the order the attempts list them in.
 */
public record AttemptDiff(List<Attempt.FailedRule> fixed, List<Attempt.FailedRule> stillMissing,
                          List<Attempt.FailedRule> newlyFailed) {

    public AttemptDiff {
        fixed = List.copyOf(fixed);
        stillMissing = List.copyOf(stillMissing);
        newlyFailed = List.copyOf(newlyFailed);
    }

    public static AttemptDiff between(Attempt earlier, Attempt later) {
        Set<String> before = Set.copyOf(earlier.failedIds());
        Set<String> after = Set.copyOf(later.failedIds());
        List<Attempt.FailedRule> fixed = new ArrayList<>();
        List<Attempt.FailedRule> still = new ArrayList<>();
        for (Attempt.FailedRule r : earlier.failed()) {
            (after.contains(r.id()) ? still : fixed).add(r);
        }
        List<Attempt.FailedRule> fresh = later.failed().stream().filter(r -> !before.contains(r.id())).toList();
        return new AttemptDiff(fixed, still, fresh);
    }

    /**
     * One line per kind that has rules: "Fixed since then: Grounding check; Citations", "Still missing: ...",
     * "New: ..."; "Nothing failed in either attempt." when all three are empty.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        add(out, "Fixed since then: ", fixed);
        add(out, "Still missing: ", stillMissing);
        add(out, "New: ", newlyFailed);
        if (out.isEmpty()) {
            out.add("Nothing failed in either attempt.");
        }
        return out;
    }

    private static void add(List<String> out, String head, List<Attempt.FailedRule> rules) {
        if (!rules.isEmpty()) {
            out.add(head + rules.stream().map(Attempt.FailedRule::title).collect(Collectors.joining("; ")));
        }
    }
}

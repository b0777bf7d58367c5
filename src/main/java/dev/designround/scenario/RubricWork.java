package dev.designround.scenario;

import dev.designround.rules.AllOf;
import dev.designround.rules.AnyOf;
import dev.designround.rules.Condition;
import dev.designround.rules.Not;
import dev.designround.rules.NotesMention;
import dev.designround.rules.Rule;
import dev.designround.rules.Survives;
import java.util.List;

/**
 * The dearest parts of a rubric to grade, counted for {@link PackLimits}: {@code survives} checks (a search of the
 * design per matching node) and note keywords (a search of all of the notes each), nested checks included.
 */
record RubricWork(int survives, int keywords) {

    static RubricWork of(List<Rule> rules) {
        int[] counts = new int[2];
        rules.forEach(r -> count(r.condition(), counts));
        return new RubricWork(counts[0], counts[1]);
    }

    private static void count(Condition c, int[] counts) {
        if (c instanceof Survives) {
            counts[0]++;
        } else if (c instanceof NotesMention notes) {
            notes.topics().forEach(t -> counts[1] += t.keywords().size());
        } else if (c instanceof AllOf all) {
            all.conditions().forEach(part -> count(part, counts));
        } else if (c instanceof AnyOf any) {
            any.conditions().forEach(part -> count(part, counts));
        } else if (c instanceof Not not) {
            count(not.condition(), counts);
        }
    }
}

package dev.designround.scenario;

import dev.designround.json.JsonFields;
import dev.designround.rules.AllOf;
import dev.designround.rules.AnyOf;
import dev.designround.rules.Budget;
import dev.designround.rules.Condition;
import dev.designround.rules.Forbids;
import dev.designround.rules.Guards;
import dev.designround.rules.Not;
import dev.designround.rules.NotesMention;
import dev.designround.rules.Observes;
import dev.designround.rules.Reaches;
import dev.designround.rules.Requires;
import dev.designround.rules.Survives;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check kind a scenario file can use, in one place: its id in files, the {@link Condition} record it reads
 * into, the fields it accepts and how it is read. {@link ConditionParser} dispatches on this list, so the list of
 * kinds in an "unknown check kind" message and the "did you mean" for an unknown field both come from here.
 * {@code RuleKindsTest} checks it against the sealed {@code permits} list of {@link Condition} and the "Check
 * kinds" table of docs/scenario-format.md, and parses a minimal example of each kind.
 */
final class RuleKinds {

    private static final String HOW_MANY = ConditionParser.HOW_MANY;

    /** How a kind's fields are read once the dispatcher has checked that no other field is present. */
    @FunctionalInterface
    interface Reader {
        Optional<Condition> read(ConditionParser parser, JsonFields fields);
    }

    /**
     * One kind.
     *
     * @param id      the id used in files ({@code "kind": "requires"}); equals the record's {@link Condition#kind()}
     * @param type    the record the kind reads into
     * @param fields  the fields it accepts besides {@code kind}, in the order the docs list them
     * @param aliases old spellings of its fields it still reads, so files written before keep loading: each
     *                counting kind's old name for {@code howMany} (the docs' "How many" table)
     * @param reader  reads the fields into the record, or records problems and returns empty
     */
    record Kind(String id, Class<? extends Condition> type, List<String> fields, List<String> aliases,
                Reader reader) {

        Kind {
            fields = List.copyOf(fields);
            aliases = List.copyOf(aliases);
        }

        Kind(String id, Class<? extends Condition> type, List<String> fields, Reader reader) {
            this(id, type, fields, List.of(), reader);
        }

        /** {@code kind}, this kind's fields and their old spellings: what a check of this kind may hold. */
        String[] allowed() {
            List<String> out = new ArrayList<>();
            out.add("kind");
            out.addAll(fields);
            out.addAll(aliases);
            return out.toArray(String[]::new);
        }
    }

    /** Every kind, in the order error messages list them. */
    static final List<Kind> ALL = List.of(
            new Kind("requires", Requires.class, List.of("select", HOW_MANY), List.of("min"),
                    ConditionParser::requires),
            new Kind("reaches", Reaches.class, List.of("from", "to", "via", "edges", HOW_MANY),
                    List.of("quantifier"), ConditionParser::reaches),
            new Kind("guards", Guards.class, List.of("from", "to", "through", "edges"), ConditionParser::guards),
            new Kind("survives", Survives.class, List.of("fail", "mode"), ConditionParser::survives),
            new Kind("observes", Observes.class, List.of("select", "by", HOW_MANY), List.of("quantifier"),
                    ConditionParser::observes),
            new Kind("budget", Budget.class, List.of("metric", "max", "exclude"), ConditionParser::budget),
            new Kind("forbids", Forbids.class, List.of("from", "to", "direct", "edges"), ConditionParser::forbids),
            new Kind("notes", NotesMention.class, List.of("topics", HOW_MANY), List.of("min"),
                    ConditionParser::notes),
            new Kind("all", AllOf.class, List.of("checks"), (p, f) -> p.group(f, "all", AllOf::new)),
            new Kind("any", AnyOf.class, List.of("checks"), (p, f) -> p.group(f, "any", AnyOf::new)),
            new Kind("not", Not.class, List.of("check"), ConditionParser::not));

    /** The kinds' ids, in order. */
    static final List<String> IDS = ALL.stream().map(Kind::id).toList();

    private RuleKinds() {
    }

    static Optional<Kind> byId(String id) {
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}

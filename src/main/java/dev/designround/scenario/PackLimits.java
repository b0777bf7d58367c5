package dev.designround.scenario;

/**
 * What a scenario pack may hold. A pack is shared between people, so it is untrusted input: grading runs its
 * rubric on every edit, and a pack of 20,000 rules or 50,000 note keywords made grading run for hours. The limits
 * are several times what the bundled scenarios use (at most 22 rules, checks nested 3 deep, 58 note keywords, 2
 * {@code survives} checks, prompts under 400 characters) and are checked when a scenario is loaded, each with a
 * message naming the file, the place and the limit. The cost of each kind of check on the largest design a file
 * may hold is measured by {@code RuleKindCostBench} (docs/reliability.md).
 */
public final class PackLimits {

    /** Scenario files (and other {@code .json} files) read from one pack folder. */
    public static final int MAX_FILES = 200;
    /** Rules in one scenario's rubric. */
    public static final int MAX_RULES = 100;
    /** Rules in a rules library file. */
    public static final int MAX_LIBRARY_RULES = 400;
    /** Checks in one rule, counting those inside {@code all}, {@code any} and {@code not}. */
    public static final int MAX_CHECKS_PER_RULE = 32;
    /** How deep {@code all}, {@code any} and {@code not} may nest. */
    public static final int MAX_CHECK_DEPTH = 6;
    /**
     * {@code survives} checks in one rubric: each takes down every matching node in turn and searches the design
     * again for each, the dearest kind of check there is.
     */
    public static final int MAX_SURVIVES = 8;
    /** Topics of one {@code notes} check. */
    public static final int MAX_TOPICS = 20;
    /** Keywords of one notes topic. */
    public static final int MAX_KEYWORDS_PER_TOPIC = 50;
    /** Keywords of all the notes checks of one rubric: each is looked for in the whole of the notes. */
    public static final int MAX_KEYWORDS = 600;
    /** Characters of one keyword. */
    public static final int MAX_KEYWORD_LENGTH = 60;
    /** Characters of a title, a domain, a selector's name or a requirement's name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Characters of a prompt. */
    public static final int MAX_PROMPT_LENGTH = 10_000;
    /** Characters of any other text: a question, an answer, a hint, a rule's message, why or fix. */
    public static final int MAX_TEXT_LENGTH = 4_000;
    /** Questions, hints, points of the strong answer, requirements: items of each list. */
    public static final int MAX_ITEMS = 50;

    private PackLimits() {
    }
}

package dev.designround.sim;

import dev.designround.model.Trait;
import java.util.Set;

/**
 * What a node does in the simulator, from the traits of its capabilities (catalog data in
 * {@code components/capabilities.json}, the same traits the grader reads): the table "trait → behaviour" in
 * docs/simulator.md, as bits. A node's roles are the union over its capabilities (its type's, its own extra ones
 * and its label's), so a custom component with the right capabilities behaves like the catalog's.
 */
final class Roles {

    // ---- roles, as bits of a node's flags ----------------------------------------------------------------------
    /** Component type {@code user}: requests start here and answers end here. */
    static final int USER = 1;
    /** {@code side-effects}: reaching it executes the action and ends the request. */
    static final int ACTION = 1 << 1;
    /** {@code generation}: hallucinates, sees what the input carries (injection, personal data). */
    static final int GENERATION = 1 << 2;
    /** {@code retrieval}, {@code semantic-search}, {@code keyword-search}, {@code vector-storage}: can go stale. */
    static final int RETRIEVAL = 1 << 3;
    /** {@code routing}: sends each request to one of its models, fails over to the others. */
    static final int ROUTER = 1 << 4;
    /** {@code confidence-scoring}: sends a share of requests (more of the wrong ones) to human review. */
    static final int SCORER = 1 << 5;
    /** {@code caching}: answers a share of requests down its branch nearest the user. */
    static final int CACHE = 1 << 6;
    /** {@code human-review}: a person checks and fixes; the request becomes escalated. */
    static final int HUMAN_REVIEW = 1 << 7;
    /** {@code approval}: a person approves or fixes (like human review, but not a target for escalation). */
    static final int APPROVAL = 1 << 8;
    /** {@code pii-redaction}: masks personal data; protects only before a model sees it. */
    static final int REDACTOR = 1 << 9;
    /** {@code rate-limiting}: under a traffic spike sheds a share and keeps the surge off what follows. */
    static final int LIMITER = 1 << 10;
    /** {@code queueing}: under a traffic spike turns quota errors behind it into waiting. */
    static final int QUEUE = 1 << 11;
    /** Calls with a provider quota (generation, embedding, reranking, tools, actions): overloaded by a spike. */
    static final int METERED = 1 << 12;
    /** {@code read-only-tool} or {@code side-effects}: fails under tool-failure. */
    static final int TOOL = 1 << 13;
    /** Part of the knowledge pipeline (indexes, stores, ingestion, change capture...), for freshness. */
    static final int KNOWLEDGE = 1 << 14;
    /** {@code change-capture}: keeps the indexes it is connected to fresh. */
    static final int CHANGE_CAPTURE = 1 << 15;
    /** A retrieval node whose knowledge pipeline has no change capture (set by {@link NodeTable}). */
    static final int STALE_PRONE = 1 << 16;
    /** A generation node on the primary provider, which provider-outage takes down (set by {@link NodeTable}). */
    static final int PRIMARY_PROVIDER = 1 << 17;
    /** {@code chooser} trait: sends each request down one of its outgoing flow edges. */
    static final int CHOOSER = 1 << 18;

    // ---- fault kinds a request carries: index k, bit 1 << k ---------------------------------------------------
    static final int K_HALLUCINATION = 0;
    static final int K_STALE = 1;
    static final int K_INJECTION = 2;
    static final int K_SENSITIVE = 3;
    static final int KINDS = 4;
    /** Kinds a blocking checker can catch (personal data is masked by a redactor instead). */
    static final int CHECKED_KINDS = 3;

    static final Fault[] KIND_FAULTS = {Fault.HALLUCINATION, Fault.STALE_INDEX, Fault.PROMPT_INJECTION,
            Fault.SENSITIVE_DATA};

    // ---- defaults for nodes whose type and props name no value ------------------------------------------------
    static final double DEFAULT_DETECTION = 0.8;
    static final double DEFAULT_HIT_RATE = 0.3;
    static final double DEFAULT_ESCALATION = 0.1;
    static final double DEFAULT_HALLUCINATION = 0.05;
    static final double DEFAULT_SHED = 0.05;

    private Roles() {
    }

    /** A node's roles: the bits of its traits (catalog data), so the simulator and the grader read one meaning. */
    static int flagsOf(String type, Set<Trait> traits) {
        int f = type.equals("user") ? USER : 0;
        for (Trait t : traits) {
            f |= switch (t) {
                case ACTS -> ACTION;
                case TOOL -> TOOL;
                case METERED -> METERED;
                case GENERATES -> GENERATION;
                case RETRIEVES -> RETRIEVAL;
                case KNOWLEDGE -> KNOWLEDGE;
                case KEEPS_FRESH -> CHANGE_CAPTURE;
                case FAILS_OVER -> 0;
                case SCORES -> SCORER;
                case CACHES -> CACHE;
                case ESCALATION -> HUMAN_REVIEW;
                case APPROVES -> APPROVAL;
                case REDACTS -> REDACTOR;
                case LIMITS -> LIMITER;
                case QUEUES -> QUEUE;
                case CHOOSER -> CHOOSER;
                default -> 0;
            };
        }
        if (traits.contains(Trait.FAILS_OVER) && traits.contains(Trait.CHOOSER)) {
            f |= ROUTER;
        }
        return f;
    }

    /**
     * Fills in the blocking checks of a node with detection rate {@code d}: for each of the
     * {@link #CHECKED_KINDS}, the chance to catch it at any point ({@code anytime}) and once a model has produced
     * an answer ({@code afterModel}), at {@code offset}, {@code offset + 1}, {@code offset + 2}.
     */
    static void checks(Set<Trait> traits, double d, double[] anytime, double[] afterModel, int offset) {
        if (traits.contains(Trait.CHECKS_GROUNDING)) {
            // Checks the answer against the retrieved context: a stale source still supports the answer,
            // so only a citation's date or a conflicting source gives it away.
            raise(afterModel, offset + K_HALLUCINATION, d);
            raise(afterModel, offset + K_STALE, d / 2);
        }
        if (traits.contains(Trait.CHECKS_OUTPUT)) {
            raise(afterModel, offset + K_INJECTION, d);
        }
        if (traits.contains(Trait.CHECKS_DECISION)) {
            raise(afterModel, offset + K_HALLUCINATION, d);
            raise(afterModel, offset + K_STALE, d);
            raise(afterModel, offset + K_INJECTION, d);
        }
        if (traits.contains(Trait.SCREENS_INPUT)) {
            raise(anytime, offset + K_INJECTION, d);
        }
    }

    private static void raise(double[] rates, int i, double d) {
        rates[i] = Math.max(rates[i], d);
    }
}

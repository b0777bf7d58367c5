package dev.designround.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a capability means to the engine that reads a drawing: the grader, the simulator and the comparison with
 * a strong answer ask a node's traits, never a capability id, so they cannot disagree about one graph. Each
 * capability in {@code components/capabilities.json} lists its traits; a node has the traits of all its
 * capabilities. The vocabulary is closed: a trait the engine does not interpret is an error in the catalog file.
 */
public enum Trait {
    /** Produces the text or decision a user reads (an LLM): its answers are what grounding and review protect. */
    GENERATES("generates", "its output is a model's answer, which checks on the answer path protect"),
    /** A trained model (generation, classification, ranking, transcription): what carries its output speaks for it. */
    MODEL("model", "a trained model: what carries its output to the user speaks for it to observers"),
    /** Changes the world (books, pays, writes a record): a request path ends there. */
    ACTS("acts", "an action with side effects: a request path ends there"),
    /** Holds data that readers query (an index, a document store): an edge with its reader counts either way. */
    STORE("store", "a store: an edge between it and its reader counts whichever way it points"),
    /** Watches what others do (audit, monitoring, evaluation, feedback): edges to it count either way. */
    OBSERVER("observer", "an observer: an edge between it and what it watches counts either way, also through "
            + "other observers and async chains"),
    /** Carries messages on (a queue, a stream): observer chains pass through it. */
    CONDUIT("conduit", "a conduit: observer chains pass through it"),
    /** Calls the other parts in turn (an orchestrator, an agent loop): what it calls and gets back it applies. */
    HUB("hub", "a hub: a component wired only to it is called by it, and a check it calls applies to what "
            + "passes through it"),
    /** Sends each request down one of its outgoing flow edges (a classifier, a scorer, a router, a check). */
    CHOOSER("chooser", "a chooser: each request takes one of its outgoing flow edges"),
    /** A person: off the latency clock, takes over what automation flags. */
    HUMAN("human", "a person: off the latency clock"),
    /** A person approves or fixes a proposed action (not where flagged answers are sent). */
    APPROVES("approves", "a person approves or fixes what they spot, and lets it go on"),
    /** Takes the cases a check flags (a review queue). */
    ESCALATION("escalation", "takes the requests a check flags"),
    /** Picks a healthy alternative when one fails (a router, a fallback). */
    FAILS_OVER("fails-over", "picks a healthy alternative when one fails"),
    /** A control written in code or done by a person: a model's own label never gives it one. */
    CONTROL("control", "a control: a model's own label never makes it one"),
    /** Checks an answer against its sources (grounding, citations). */
    CHECKS_GROUNDING("checks-grounding", "catches unsupported answers (and some stale ones)"),
    /** Checks output against a schema or a content policy. */
    CHECKS_OUTPUT("checks-output", "catches malformed or unsafe output, and injected instructions in it"),
    /** Decides in code or by a person whether a proposed action or answer may go ahead. */
    CHECKS_DECISION("checks-decision", "catches wrong, stale or injected decisions before they take effect"),
    /** Screens input for injected instructions before a model reads it. */
    SCREENS_INPUT("screens-input", "catches injected instructions in the input"),
    /** Scores confidence and sends the doubtful share to a person. */
    SCORES("scores", "sends a share of requests, more of the wrong ones, to human review"),
    /** Answers some requests itself (a cache hit). */
    CACHES("caches", "answers a share of requests down its branch nearest the user"),
    /** Masks personal data; protects only what comes after it. */
    REDACTS("redacts", "masks personal data before what follows sees it"),
    /** Sheds a share of a surge and keeps it off what follows. */
    LIMITS("limits", "sheds a share of a traffic surge"),
    /** Turns quota errors behind it into waiting. */
    QUEUES("queues", "turns quota errors behind it into waiting"),
    /** A call with a provider quota: overloaded by a surge. */
    METERED("metered", "a call with a provider quota: overloaded by a traffic surge"),
    /** A tool or action call: fails under tool failure. */
    TOOL("tool", "a tool or action call: fails under tool failure"),
    /** Serves retrieved content, which can go stale. */
    RETRIEVES("retrieves", "serves retrieved content, which can go stale"),
    /** Part of the knowledge pipeline (stores, ingestion, indexes). */
    KNOWLEDGE("knowledge", "part of the knowledge pipeline, kept fresh by change capture"),
    /** Keeps the knowledge pipeline it is connected to fresh. */
    KEEPS_FRESH("keeps-fresh", "keeps the indexes it is connected to fresh"),
    /** Builds models offline (training): its label names the model it builds, which it is not. */
    TRAINS("trains", "builds models offline: its label names what it builds, not what it is"),
    /**
     * Scopes what a store returns to what the caller may see (an access filter applied when the store is queried):
     * a store's label can add it ("vector index, ACL pre-filter"), as it can add other kinds of search.
     */
    SCOPES_READS("scopes-reads", "scopes what a store returns to what the caller may see: a store's label can "
            + "say it applies one"),
    /**
     * Generic plumbing (storage, queueing, messaging, balancing): says how a component works, not what it is
     * there for, so comparing a design with a scenario's strong answer does not take it as the component's purpose.
     */
    PLUMBING("plumbing", "generic plumbing: says how a component works, not what it is there for, so it never "
            + "stands in for a strong answer's component");

    private final String id;
    private final String meaning;

    Trait(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    /** The id used in {@code capabilities.json}, e.g. {@code chooser}. */
    public String id() {
        return id;
    }

    /** What the engine does with it, in a phrase (for docs and the catalog listing). */
    public String meaning() {
        return meaning;
    }

    public static Optional<Trait> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Trait::id).toList();
    }
}

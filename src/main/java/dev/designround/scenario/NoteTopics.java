package dev.designround.scenario;

import dev.designround.rules.NotesMention.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirement topics a candidate should pin down before drawing, with the words that show they did. A
 * {@code notes} rule names topics by id; a rule may also define its own.
 */
final class NoteTopics {

    private static final Map<String, Topic> STANDARD = new LinkedHashMap<>();

    static {
        add("volume", "volume", "volume*", "qps", "rps", "tps", "per day", "per second", "per minute", "per month",
                "per hour", "request*", "ticket*", "document*", "docs", "quer*", "transaction*", "throughput",
                "scale", "/day", "/s", "/sec", "million*", "thousand*", "events", "emails", "posts", "items");
        add("users", "users", "user*", "customer*", "lawyer*", "employee*", "clinician*", "agents", "reviewer*",
                "dau", "mau", "concurrent", "seats");
        add("latency", "latency", "latenc*", "p50", "p90", "p95", "p99", "ms", "millisecond*", "second*", "sla",
                "slo", "response time", "real-time", "realtime", "interactive");
        add("cost", "cost", "cost*", "budget*", "$", "usd", "dollar*", "cent*", "token*", "per request",
                "per ticket", "per conversation", "spend*", "margin*");
        add("accuracy", "accuracy stakes", "accura*", "precision", "recall", "hallucinat*", "wrong answer*",
                "error rate", "stakes", "malpractice", "false positive*", "false negative*", "correct*", "quality",
                "mistake*", "harm*");
        add("compliance", "compliance", "complian*", "gdpr", "hipaa", "soc2", "soc 2", "pii", "phi", "privacy",
                "audit*", "regulat*", "retention", "consent", "eu ai act", "baa");
    }

    private NoteTopics() {
    }

    private static void add(String id, String label, String... keywords) {
        STANDARD.put(id, new Topic(id, label, List.of(keywords)));
    }

    static Optional<Topic> standard(String id) {
        return Optional.ofNullable(STANDARD.get(id));
    }

    static java.util.Set<String> ids() {
        return STANDARD.keySet();
    }
}

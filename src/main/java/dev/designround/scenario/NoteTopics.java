package dev.designround.scenario;

import dev.designround.rules.NotesMention.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requirement topics a candidate should pin down before drawing, with the words that show they did. A
 * {@code notes} rule names topics by id; a rule may also define its own (keywords only). The standard topics also
 * recognise numbers written the way people write requirements ("p95 under 8 s", "$0.25 a question",
 * "5k questions/day"), with fixed patterns that run in linear time.
 */
final class NoteTopics {

    private static final Map<String, Topic> STANDARD = new LinkedHashMap<>();

    private static final String NUMBER = "\\d[\\d,.]*\\s?(?:k|m|mm|million|thousand|bn|billion)?";

    static {
        add("volume", "volume", List.of(
                        Pattern.compile(NUMBER + "\\s?(?:/|per |a |an |each )\\s?(?:day|d|sec|second|s|minute|min|hour|"
                                + "h|hr|week|month|year|user|customer)\\b"),
                        Pattern.compile(NUMBER + "\\s(?:requests|queries|questions|tickets|documents|docs|files|pages|"
                                + "messages|conversations|calls|users|employees|lawyers|clinicians|items|posts|"
                                + "transactions|events|emails|articles|prs|pull requests|dictations|bookings|"
                                + "reviews|orders|products|records)\\b")),
                "volume*", "qps", "rps", "tps", "per day", "per second", "per minute", "per month", "per hour",
                "a day", "a month", "daily", "request*", "ticket*", "document*", "docs", "quer*", "transaction*",
                "throughput", "scale", "/day", "/s", "/sec", "/month", "/hour", "/min", "million*", "thousand*",
                "events", "emails", "posts", "items", "peak*", "burst*", "traffic", "load", "conversations",
                "pages", "files", "corpus", "articles", "dictations");
        add("users", "users", List.of(), "user*", "customer*", "lawyer*", "employee*", "clinician*", "agents",
                "reviewer*", "dau", "mau", "concurrent", "seats", "developers", "merchants", "doctors", "analysts",
                "moderators", "tenants", "writers", "editors");
        add("latency", "latency", List.of(
                        Pattern.compile("\\b\\d[\\d,.]*\\s?(?:ms|msec|s|sec|secs|seconds?|minutes?|mins?)\\b"),
                        Pattern.compile("\\bp(?:50|90|95|99)\\b")),
                "latenc*", "p50", "p90", "p95", "p99", "ms", "millisecond*", "second*", "sla", "slo",
                "response time", "real-time", "realtime", "interactive", "fast", "slow", "timeout*",
                "time to first token", "ttft", "wait*", "within minutes", "under a minute");
        add("cost", "cost", List.of(
                        Pattern.compile("\\$\\s?\\d"),
                        Pattern.compile("\\b\\d[\\d,.]*\\s?(?:usd|cents?|dollars?|eur|€|£)")),
                "cost*", "budget*", "$", "usd", "dollar*", "cent*", "token*", "per request", "per ticket",
                "per conversation", "spend*", "margin*", "price*", "pricing", "cheap*", "expensive", "bill*",
                "gpu*", "compute", "€", "£");
        add("accuracy", "accuracy stakes", List.of(), "accura*", "precision", "recall", "hallucinat*",
                "wrong answer*", "wrong", "error rate", "errors", "stakes", "malpractice", "false positive*",
                "false negative*", "correct*", "quality", "mistake*", "harm*", "worst case", "risk*", "liabil*",
                "sanction*", "lawsuit*", "fines", "trust", "safety", "unsafe", "misdiagnos*", "outdated",
                "stale", "fraud loss*", "chargeback*", "offensive", "toxic*", "bias*", "fair*", "exposure",
                "incident*", "breach*");
        add("compliance", "compliance", List.of(), "complian*", "gdpr", "hipaa", "soc2", "soc 2", "pii", "phi",
                "privacy", "audit*", "regulat*", "retention", "consent", "eu ai act", "baa", "pci", "ccpa",
                "tenancy", "residency", "confidential*", "privilege*", "ethical wall*", "fcra", "ecoa",
                "fair lending", "dsa", "coppa", "ncmec", "consumer protection");
    }

    private NoteTopics() {
    }

    private static void add(String id, String label, List<Pattern> patterns, String... keywords) {
        STANDARD.put(id, new Topic(id, label, List.of(keywords), patterns));
    }

    static Optional<Topic> standard(String id) {
        return Optional.ofNullable(STANDARD.get(id));
    }

    static java.util.Set<String> ids() {
        return STANDARD.keySet();
    }
}

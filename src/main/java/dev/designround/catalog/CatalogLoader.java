package dev.designround.catalog;

import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.model.Capability;
import dev.designround.model.Catalog;
import dev.designround.model.Category;
import dev.designround.model.ComponentType;
import dev.designround.model.FailureMode;
import dev.designround.model.LabelTypes;
import dev.designround.model.LabelVocabulary;
import dev.designround.model.Role;
import dev.designround.model.Trait;
import dev.designround.model.NodeProps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the catalog from the files in {@code components/}: {@code capabilities.json} (with each capability's
 * traits), {@code components.json}, {@code failure-modes.json}, and, when present, {@code roles.json} (who can
 * play which part), {@code label-phrases.json} (what words on a card mean) and {@code label-types.json} (what
 * words and outlines of a shape drawn in another tool say its type is). Every problem is reported with its
 * file, line and column; a catalog that loads is consistent (every capability, type and category referenced
 * exists).
 */
public final class CatalogLoader {

    public static final String CAPABILITIES = "components/capabilities.json";
    public static final String COMPONENTS = "components/components.json";
    public static final String FAILURE_MODES = "components/failure-modes.json";
    public static final String ROLES = "components/roles.json";
    public static final String LABEL_PHRASES = "components/label-phrases.json";
    public static final String LABEL_TYPES = "components/label-types.json";

    public static final String CAPABILITIES_FORMAT = "design-round.capabilities";
    public static final String COMPONENTS_FORMAT = "design-round.components";
    public static final String FAILURE_MODES_FORMAT = "design-round.failure-modes";
    public static final String ROLES_FORMAT = "design-round.roles";
    public static final String LABEL_PHRASES_FORMAT = "design-round.label-phrases";
    public static final String LABEL_TYPES_FORMAT = "design-round.label-types";
    public static final int VERSION = 1;
    /** The type an imported shape becomes when nothing names its type; label-types.json gives it no phrases. */
    public static final String CUSTOM_TYPE = "custom";

    /** Catalog ids: lower-case words joined by hyphens. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OWASP = Pattern.compile("LLM(0[1-9]|10):2025 \\S.*");

    private static volatile Catalog bundled;

    private final JsonTreeReader reader;

    public CatalogLoader(JsonTreeReader reader) {
        this.reader = reader;
    }

    public CatalogLoader() {
        this(new JsonTreeReader());
    }

    /**
     * The catalog packaged with Design Round, loaded once.
     *
     * @throws IllegalStateException if the packaged catalog is broken (a bug in this build, not the user's input)
     */
    public static Catalog bundled() {
        Catalog c = bundled;
        if (c == null) {
            synchronized (CatalogLoader.class) {
                c = bundled;
                if (c == null) {
                    try {
                        c = new CatalogLoader().load(new BundledSource());
                    } catch (InputException e) {
                        throw new IllegalStateException("the bundled catalog is broken: " + e.getMessage(), e);
                    }
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** Loads and cross-checks the three catalog files of a data source. */
    public Catalog load(DataSource source) throws InputException {
        List<Capability> capabilities = readCapabilities(source);
        Set<String> capabilityIds = ids(capabilities.stream().map(Capability::id).toList());
        Components components = readComponents(source, capabilityIds);
        List<FailureMode> failureModes = readFailureModes(source, capabilityIds);
        Set<String> typeIds = ids(components.types().stream().map(ComponentType::id).toList());
        List<Role> roles = List.of();
        if (source.exists(ROLES)) {
            Problems problems = new Problems(source.display(ROLES));
            roles = parseRoles(parse(source, ROLES), capabilityIds, typeIds, problems);
            problems.throwIfAny();
        }
        LabelVocabulary labels = LabelVocabulary.EMPTY;
        if (source.exists(LABEL_PHRASES)) {
            Problems problems = new Problems(source.display(LABEL_PHRASES));
            labels = parseLabelPhrases(parse(source, LABEL_PHRASES), capabilityIds, problems);
            problems.throwIfAny();
        }
        LabelTypes labelTypes = LabelTypes.EMPTY;
        if (source.exists(LABEL_TYPES)) {
            Problems problems = new Problems(source.display(LABEL_TYPES));
            labelTypes = parseLabelTypes(parse(source, LABEL_TYPES), components.types(), problems);
            problems.throwIfAny();
        }
        return new Catalog(components.categories(), capabilities, components.types(), failureModes, roles, labels,
                labelTypes);
    }

    private JsonValue parse(DataSource source, String path) throws InputException {
        String display = source.display(path);
        if (!source.exists(path)) {
            throw new InputException(display, "catalog file missing");
        }
        try {
            return reader.parse(source.read(path), display);
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + e.getMessage());
        }
    }

    private List<Capability> readCapabilities(DataSource source) throws InputException {
        String display = source.display(CAPABILITIES);
        Problems problems = new Problems(display);
        List<Capability> out = parseCapabilities(parse(source, CAPABILITIES), problems);
        problems.throwIfAny();
        return out;
    }

    private Components readComponents(DataSource source, Set<String> capabilityIds) throws InputException {
        Problems problems = new Problems(source.display(COMPONENTS));
        Components out = parseComponents(parse(source, COMPONENTS), capabilityIds, problems);
        problems.throwIfAny();
        return out;
    }

    private List<FailureMode> readFailureModes(DataSource source, Set<String> capabilityIds) throws InputException {
        Problems problems = new Problems(source.display(FAILURE_MODES));
        List<FailureMode> out = parseFailureModes(parse(source, FAILURE_MODES), capabilityIds, problems);
        problems.throwIfAny();
        return out;
    }

    // ---- the three file kinds (also used by `validate`) ------------------------------------------------------

    /** Parses a capabilities file; problems are recorded, the valid entries returned. */
    public List<Capability> parseCapabilities(JsonValue root, Problems problems) {
        List<Capability> out = new ArrayList<>();
        var header = FileHeader.check(root, CAPABILITIES_FORMAT, VERSION, "capabilities file", problems);
        if (header.isEmpty()) {
            return out;
        }
        header.get().allowOnly("format", "version", "capabilities");
        Set<String> seen = new HashSet<>();
        List<JsonValue> entries = header.get().requiredArray("capabilities").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            JsonFields.of(entries.get(i), "capabilities[" + i + "]", problems).ifPresent(f -> {
                f.allowOnly("id", "name", "description", "traits");
                String id = id(f, seen);
                String name = f.requiredString("name").orElse(null);
                String description = f.requiredString("description").orElse(null);
                Set<Trait> traits = java.util.EnumSet.noneOf(Trait.class);
                for (String t : f.stringList("traits")) {
                    Trait.fromId(t).ifPresentOrElse(traits::add, () -> f.problem("traits", f.what()
                            + ": unknown trait \"" + t + "\"" + Suggestions.didYouMean(t, Trait.ids())
                            + " (traits: " + String.join(", ", Trait.ids()) + ")"));
                }
                if (id != null && name != null && description != null) {
                    out.add(new Capability(id, name, description, traits));
                }
            });
        }
        return out;
    }

    /** Categories and component types of a components file. */
    public record Components(List<Category> categories, List<ComponentType> types) {
    }

    /** Parses a components file against the known capability ids. */
    public Components parseComponents(JsonValue root, Set<String> capabilityIds, Problems problems) {
        List<Category> categories = new ArrayList<>();
        List<ComponentType> types = new ArrayList<>();
        var header = FileHeader.check(root, COMPONENTS_FORMAT, VERSION, "components file", problems);
        if (header.isEmpty()) {
            return new Components(categories, types);
        }
        JsonFields file = header.get();
        file.allowOnly("format", "version", "categories", "components");
        Set<String> categoryIds = new HashSet<>();
        List<JsonValue> cats = file.requiredArray("categories").orElse(List.of());
        for (int i = 0; i < cats.size(); i++) {
            JsonFields.of(cats.get(i), "categories[" + i + "]", problems).ifPresent(f -> {
                f.allowOnly("id", "name", "description");
                String id = id(f, categoryIds);
                String name = f.requiredString("name").orElse(null);
                String description = f.optionalString("description").orElse("");
                if (id != null && name != null) {
                    categories.add(new Category(id, name, description));
                }
            });
        }
        Set<String> typeIds = new HashSet<>();
        List<JsonValue> comps = file.requiredArray("components").orElse(List.of());
        for (int i = 0; i < comps.size(); i++) {
            int index = i;
            JsonFields.of(comps.get(i), "components[" + i + "]", problems).ifPresent(f -> {
                String id = id(f, typeIds);
                JsonFields named = new JsonFields(f.object(), id == null ? "components[" + index + "]"
                        : "component \"" + id + "\"", problems);
                named.allowOnly("id", "name", "category", "description", "capabilities", "latencyMs", "costUsd",
                        "errorRate", "params", "icon");
                String name = named.requiredString("name").orElse(null);
                String category = named.requiredString("category").orElse(null);
                if (category != null && !categoryIds.contains(category)) {
                    named.problem("category", named.what() + ": unknown category \"" + category + "\""
                            + Suggestions.didYouMean(category, categoryIds));
                    category = null;
                }
                String description = named.requiredString("description").orElse(null);
                List<String> caps = knownCapabilities(named, "capabilities", capabilityIds);
                double latency = named.requiredNumber("latencyMs").orElse(-1);
                double cost = named.requiredNumber("costUsd").orElse(-1);
                double error = named.requiredNumber("errorRate").orElse(-1);
                if (named.has("latencyMs") && (latency < 0 || latency > NodeProps.MAX_LATENCY_MS)) {
                    named.problem("latencyMs", named.what() + ": \"latencyMs\" must be between 0 and "
                            + JsonFields.plain(NodeProps.MAX_LATENCY_MS));
                    latency = -1;
                }
                if (named.has("costUsd") && (cost < 0 || cost > NodeProps.MAX_COST_USD)) {
                    named.problem("costUsd", named.what() + ": \"costUsd\" must be between 0 and "
                            + JsonFields.plain(NodeProps.MAX_COST_USD));
                    cost = -1;
                }
                if (named.has("errorRate") && (error < 0 || error > 1)) {
                    named.problem("errorRate", named.what() + ": \"errorRate\" must be between 0 and 1");
                }
                Map<String, Double> params = new LinkedHashMap<>();
                named.optionalObject("params", named.what() + " params").ifPresent(p -> {
                    for (String key : p.object().members().keySet()) {
                        p.optionalNumber(key).ifPresent(v -> params.put(key, v));
                    }
                });
                String icon = named.optionalString("icon").orElse("");
                if (id != null && name != null && category != null && description != null && latency >= 0
                        && cost >= 0 && error >= 0 && error <= 1) {
                    types.add(new ComponentType(id, name, category, description, caps, latency, cost, error, params,
                            icon));
                }
            });
        }
        return new Components(categories, types);
    }

    /** Parses a failure-modes file against the known capability ids. */
    public List<FailureMode> parseFailureModes(JsonValue root, Set<String> capabilityIds, Problems problems) {
        List<FailureMode> out = new ArrayList<>();
        var header = FileHeader.check(root, FAILURE_MODES_FORMAT, VERSION, "failure-modes file", problems);
        if (header.isEmpty()) {
            return out;
        }
        header.get().allowOnly("format", "version", "failureModes");
        Set<String> seen = new HashSet<>();
        List<JsonValue> entries = header.get().requiredArray("failureModes").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            JsonFields.of(entries.get(i), "failureModes[" + i + "]", problems).ifPresent(f -> {
                String id = id(f, seen);
                JsonFields named = new JsonFields(f.object(), id == null ? "failureModes[" + index + "]"
                        : "failure mode \"" + id + "\"", problems);
                named.allowOnly("id", "name", "whatGoesWrong", "whyItMatters", "mitigatedBy", "owasp");
                String name = named.requiredString("name").orElse(null);
                String what = named.requiredString("whatGoesWrong").orElse(null);
                String why = named.requiredString("whyItMatters").orElse(null);
                List<String> mitigations = knownCapabilities(named, "mitigatedBy", capabilityIds);
                boolean noneGiven = named.value("mitigatedBy")
                        .map(v -> v instanceof JsonValue.JsonArray a && a.elements().isEmpty()).orElse(true);
                if (noneGiven) {
                    named.problem("mitigatedBy", named.what() + ": \"mitigatedBy\" must name at least one capability");
                }
                String owasp = named.optionalString("owasp").orElse("");
                if (!owasp.isEmpty() && !OWASP.matcher(owasp).matches()) {
                    named.problem("owasp", named.what() + ": \"owasp\" must look like \"LLM01:2025 Prompt Injection\"");
                }
                if (id != null && name != null && what != null && why != null) {
                    out.add(new FailureMode(id, name, what, why, mitigations, owasp));
                }
            });
        }
        return out;
    }

    /** Parses a roles file against the known capability and type ids. */
    public List<Role> parseRoles(JsonValue root, Set<String> capabilityIds, Set<String> typeIds,
                                 Problems problems) {
        List<Role> out = new ArrayList<>();
        var header = FileHeader.check(root, ROLES_FORMAT, VERSION, "roles file", problems);
        if (header.isEmpty()) {
            return out;
        }
        header.get().allowOnly("format", "version", "roles");
        Set<String> seen = new HashSet<>();
        List<JsonValue> entries = header.get().requiredArray("roles").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            JsonFields.of(entries.get(i), "roles[" + i + "]", problems).ifPresent(f -> {
                String id = id(f, seen);
                JsonFields named = new JsonFields(f.object(), id == null ? "roles[" + index + "]"
                        : "role \"" + id + "\"", problems);
                named.allowOnly("id", "name", "description", "types", "capabilities");
                String name = named.requiredString("name").orElse(null);
                String description = named.optionalString("description").orElse("");
                List<String> caps = knownCapabilities(named, "capabilities", capabilityIds);
                List<String> types = new ArrayList<>();
                for (String t : named.stringList("types")) {
                    if (typeIds.contains(t)) {
                        types.add(t);
                    } else {
                        named.problem("types", named.what() + ": unknown component type \"" + t + "\""
                                + Suggestions.didYouMean(t, typeIds));
                    }
                }
                if (caps.isEmpty() && types.isEmpty()) {
                    named.problem("capabilities", named.what() + ": a role needs at least one type or capability");
                } else if (id != null && name != null) {
                    out.add(new Role(id, name, description, new java.util.LinkedHashSet<>(types),
                            new java.util.LinkedHashSet<>(caps)));
                }
            });
        }
        return out;
    }

    /** Parses a label-phrases file: per capability, the words that show a card does it. */
    public LabelVocabulary parseLabelPhrases(JsonValue root, Set<String> capabilityIds, Problems problems) {
        var header = FileHeader.check(root, LABEL_PHRASES_FORMAT, VERSION, "label-phrases file", problems);
        if (header.isEmpty()) {
            return LabelVocabulary.EMPTY;
        }
        header.get().allowOnly("format", "version", "about", "negations", "negationsAfter", "capabilities");
        List<String> negations = header.get().stringList("negations");
        List<String> negationsAfter = header.get().stringList("negationsAfter");
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        List<JsonValue> entries = header.get().requiredArray("capabilities").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            JsonFields.of(entries.get(i), "capabilities[" + i + "]", problems).ifPresent(f -> {
                f.allowOnly("capability", "phrases");
                String cap = f.requiredString("capability").orElse(null);
                if (cap != null && !capabilityIds.contains(cap)) {
                    f.problem("capability", f.what() + ": unknown capability \"" + cap + "\""
                            + Suggestions.didYouMean(cap, capabilityIds));
                    return;
                }
                if (cap != null && phrases.containsKey(cap)) {
                    f.problem("capability", "capability \"" + cap + "\" is listed twice");
                    return;
                }
                List<String> list = f.stringList("phrases");
                for (String phrase : list) {
                    if (!wellFormedPhrase(phrase)) {
                        f.problem("phrases", "capability \"" + cap + "\": phrase \"" + phrase + "\" must have "
                                + "words, and * only at its end");
                    }
                }
                if (cap != null) {
                    phrases.put(cap, List.copyOf(list));
                }
            });
        }
        return new LabelVocabulary(phrases, negations, negationsAfter);
    }

    /**
     * Parses a label-types file: per component type, the phrases that name it, and per outline the type a shape
     * of that outline is. Every type's own name names it too (the {@code custom} type excepted: it is what a shape
     * becomes when nothing names it). A phrase may name one type only.
     */
    public LabelTypes parseLabelTypes(JsonValue root, List<ComponentType> types, Problems problems) {
        var header = FileHeader.check(root, LABEL_TYPES_FORMAT, VERSION, "label-types file", problems);
        if (header.isEmpty()) {
            return LabelTypes.EMPTY;
        }
        header.get().allowOnly("format", "version", "about", "types", "outlines");
        Set<String> typeIds = ids(types.stream().map(ComponentType::id).toList());
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, String> owner = new java.util.HashMap<>();
        for (ComponentType t : types) {
            if (!t.id().equals(CUSTOM_TYPE)) {
                phrases.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t.name());
                owner.put(phraseKey(t.name()), t.id());
            }
        }
        Set<String> listed = new HashSet<>();
        List<JsonValue> entries = header.get().requiredArray("types").orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            JsonFields.of(entries.get(i), "types[" + i + "]", problems).ifPresent(f -> {
                f.allowOnly("type", "phrases");
                String type = knownType(f, "type", typeIds);
                if (type == null) {
                    return;
                }
                if (!listed.add(type)) {
                    f.problem("type", "type \"" + type + "\" is listed twice");
                    return;
                }
                for (String phrase : f.stringList("phrases")) {
                    if (!wellFormedPhrase(phrase)) {
                        f.problem("phrases", "type \"" + type + "\": phrase \"" + phrase + "\" must have words, and "
                                + "* only at its end");
                        continue;
                    }
                    String other = owner.putIfAbsent(phraseKey(phrase), type);
                    if (other != null && !other.equals(type)) {
                        f.problem("phrases", "type \"" + type + "\": phrase \"" + phrase + "\" already names \""
                                + other + "\"");
                        continue;
                    }
                    phrases.computeIfAbsent(type, k -> new ArrayList<>()).add(phrase);
                }
            });
        }
        Map<LabelTypes.Outline, String> outlines = new java.util.EnumMap<>(LabelTypes.Outline.class);
        List<JsonValue> shapes = header.get().array("outlines");
        for (int i = 0; i < shapes.size(); i++) {
            JsonFields.of(shapes.get(i), "outlines[" + i + "]", problems).ifPresent(f -> {
                f.allowOnly("outline", "type");
                String id = f.requiredString("outline").orElse(null);
                String type = knownType(f, "type", typeIds);
                if (id == null) {
                    return;
                }
                java.util.Optional<LabelTypes.Outline> outline = LabelTypes.Outline.fromId(id);
                if (outline.isEmpty()) {
                    f.problem("outline", f.what() + ": unknown outline \"" + id + "\""
                            + Suggestions.didYouMean(id, LabelTypes.Outline.ids()) + " (outlines: "
                            + String.join(", ", LabelTypes.Outline.ids()) + ")");
                } else if (outlines.containsKey(outline.get())) {
                    f.problem("outline", "outline \"" + id + "\" is listed twice");
                } else if (type != null) {
                    outlines.put(outline.get(), type);
                }
            });
        }
        return new LabelTypes(phrases, outlines);
    }

    private static String knownType(JsonFields f, String key, Set<String> typeIds) {
        String type = f.requiredString(key).orElse(null);
        if (type == null) {
            return null;
        }
        if (!typeIds.contains(type)) {
            f.problem(key, f.what() + ": unknown component type \"" + type + "\"" + Suggestions.didYouMean(type,
                    typeIds));
            return null;
        }
        if (type.equals(CUSTOM_TYPE)) {
            f.problem(key, f.what() + ": \"custom\" is what a shape becomes when nothing names its type; it needs "
                    + "no phrases");
            return null;
        }
        return type;
    }

    /** A phrase has words, and a * only at its end. */
    private static boolean wellFormedPhrase(String phrase) {
        return !phrase.replace("*", "").isBlank()
                && (phrase.indexOf('*') < 0 || phrase.indexOf('*') == phrase.length() - 1);
    }

    /** Phrases that match the same words are the same phrase ("Vector DB", "vector-db"). */
    private static String phraseKey(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}*]+", " ").strip();
    }

    // ---- shared checks ---------------------------------------------------------------------------------------

    private static String id(JsonFields f, Set<String> seen) {
        String id = f.requiredString("id").orElse(null);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            f.problem("id", f.what() + ": id \"" + id + "\" must be lower-case words joined by hyphens");
            return null;
        }
        if (!seen.add(id)) {
            f.problem("id", "duplicate id \"" + id + "\"");
            return null;
        }
        return id;
    }

    private static List<String> knownCapabilities(JsonFields f, String key, Set<String> capabilityIds) {
        List<String> out = new ArrayList<>();
        for (String cap : f.stringList(key)) {
            if (capabilityIds.contains(cap)) {
                out.add(cap);
            } else {
                f.problem(key, f.what() + ": unknown capability \"" + cap + "\""
                        + Suggestions.didYouMean(cap, capabilityIds));
            }
        }
        return out;
    }

    private static Set<String> ids(List<String> ids) {
        return new java.util.LinkedHashSet<>(ids);
    }
}

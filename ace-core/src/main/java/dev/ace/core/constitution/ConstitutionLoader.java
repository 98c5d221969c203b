package dev.ace.core.constitution;

import dev.ace.core.Action;
import dev.ace.core.TrustTier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads a constitution from YAML and validates the whole document, reporting every error at once
 * with file, line, column, field, value and the rule broken. Unknown keys are errors. The format is
 * documented in {@code docs/constitution.md}.
 */
public final class ConstitutionLoader {
    /** Class-path location of the constitution shipped with ACE. */
    public static final String DEFAULT_RESOURCE = "/dev/ace/core/constitution/default.yaml";

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "principles");
    private static final Set<String> PRINCIPLE_KEYS = Set.of("id", "title", "text", "category", "severity",
            "applies_to", "actions", "failure_mode", "threshold", "lexicons", "rules", "examples");
    private static final Set<String> RULE_KEYS = Set.of("id", "all_of", "within", "none_of", "pattern", "score");
    private static final Set<String> EXAMPLE_KEYS = Set.of("violating", "complying");
    private static final Pattern DOC_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern PRINCIPLE_ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final int DEFAULT_WITHIN = 12;

    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();

    private ConstitutionLoader(String file) {
        this.file = file;
    }

    /** The constitution shipped with ACE. */
    public static Constitution loadDefault() {
        try (InputStream in = ConstitutionLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default constitution " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default.yaml");
        } catch (IOException | ConstitutionException e) {
            throw new IllegalStateException("the shipped default constitution is broken: " + e.getMessage(), e);
        }
    }

    /** Loads and validates a constitution file. */
    public static Constitution load(Path path) throws ConstitutionException {
        String text;
        try {
            text = YamlDocument.read(path);
        } catch (YamlDocument.SyntaxError e) {
            throw new ConstitutionException(List.of(e.error()));
        }
        return parse(text, path.toString());
    }

    /** Parses and validates YAML text; {@code file} names it in error messages. */
    public static Constitution parse(String yaml, String file) throws ConstitutionException {
        return new ConstitutionLoader(file).read(yaml);
    }

    private Constitution read(String yaml) throws ConstitutionException {
        Node root;
        try {
            root = YamlDocument.compose(yaml, file);
        } catch (YamlDocument.SyntaxError e) {
            throw new ConstitutionException(List.of(e.error()));
        }
        if (!(root instanceof MappingNode top)) {
            error(root, "(document)", null, "must be a mapping with keys id, version, principles");
            throw new ConstitutionException(errors);
        }
        Map<String, Node> fields = fields(top, "", TOP_KEYS);
        String id = requiredString(fields, top, "id", "id");
        if (id != null && !DOC_ID.matcher(id).matches()) {
            error(fields.get("id"), "id", id, "must match " + DOC_ID.pattern());
        }
        String version = requiredString(fields, top, "version", "version");
        String title = optionalString(fields, "title", "title");
        List<Principle> principles = principles(fields, top);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
            throw new ConstitutionException(errors);
        }
        String digest = sha256(CanonicalJson.write(canonical(id, version, title, principles)));
        return new Constitution(id, version, title == null ? id : title, principles, digest);
    }

    private List<Principle> principles(Map<String, Node> fields, Node parent) {
        Node node = fields.get("principles");
        List<Principle> out = new ArrayList<>();
        if (node == null) {
            error(parent, "principles", null, "is required");
            return out;
        }
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            error(node, "principles", null, "must be a non-empty list of principles");
            return out;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String path = "principles[" + i + "]";
            if (!(item instanceof MappingNode m)) {
                error(item, path, null, "must be a mapping");
                continue;
            }
            Principle p = principle(m, path);
            if (p == null) {
                continue;
            }
            if (seen.containsKey(p.id())) {
                Node idNode = fields(m, path, null).get("id");
                error(idNode, path + ".id", p.id(), "repeats the id of an earlier principle (line "
                        + (seen.get(p.id()).getStartMark().getLine() + 1) + "); ids must be unique");
            } else {
                seen.put(p.id(), m);
                out.add(p);
            }
        }
        return out;
    }

    private Principle principle(MappingNode node, String path) {
        int before = errors.size();
        Map<String, Node> f = fields(node, path, PRINCIPLE_KEYS);
        String id = requiredString(f, node, "id", path + ".id");
        if (id != null && !PRINCIPLE_ID.matcher(id).matches()) {
            error(f.get("id"), path + ".id", id, "must be lower-case words joined by '.', e.g. bio.weapons-uplift");
        }
        String title = requiredString(f, node, "title", path + ".title");
        String text = requiredString(f, node, "text", path + ".text");
        String category = requiredString(f, node, "category", path + ".category");
        Severity severity = enumValue(f, node, "severity", path, Severity.class);
        AppliesTo appliesTo = enumValue(f, node, "applies_to", path, AppliesTo.class);
        FailureMode failureMode = enumValue(f, node, "failure_mode", path, FailureMode.class);
        Map<TrustTier, Action> actions = actions(f, node, path);
        double threshold = threshold(f, node, path);
        Map<String, List<String>> lexicons = lexicons(f.get("lexicons"), path + ".lexicons");
        List<RuleSpec> rules = rules(f.get("rules"), path + ".rules", lexicons);
        List<List<String>> examples = examples(f, node, path);
        if (errors.size() > before) {
            return null;
        }
        return new Principle(id, title, text.strip(), category, severity, appliesTo, actions, failureMode, threshold,
                lexicons, rules, examples.get(0), examples.get(1));
    }

    private Map<TrustTier, Action> actions(Map<String, Node> f, Node parent, String path) {
        Map<TrustTier, Action> out = new EnumMap<>(TrustTier.class);
        Node node = f.get("actions");
        if (node == null) {
            error(parent, path + ".actions", null, "is required (an action for HIGH_TRUST and for LOW_TRUST)");
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            error(node, path + ".actions", null, "must map HIGH_TRUST and LOW_TRUST to block, redact, flag or allow");
            return out;
        }
        Map<String, Node> tiers = fields(m, path + ".actions", Set.of("HIGH_TRUST", "LOW_TRUST"));
        for (TrustTier tier : TrustTier.values()) {
            String field = path + ".actions." + tier;
            String v = requiredString(tiers, m, tier.name(), field);
            if (v == null) {
                continue;
            }
            try {
                out.put(tier, Action.parse(v));
            } catch (IllegalArgumentException e) {
                error(tiers.get(tier.name()), field, v, "must be one of block, redact, flag, allow");
            }
        }
        return out;
    }

    private double threshold(Map<String, Node> f, Node parent, String path) {
        String v = requiredString(f, parent, "threshold", path + ".threshold");
        if (v == null) {
            return Double.NaN;
        }
        try {
            double t = Double.parseDouble(v);
            if (t > 0 && t < 1) {
                return t;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(f.get("threshold"), path + ".threshold", v, "must be a number strictly between 0 and 1");
        return Double.NaN;
    }

    private Map<String, List<String>> lexicons(Node node, String path) {
        Map<String, List<String>> out = new TreeMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            error(node, path, null, "must map lexicon names to lists of terms");
            return out;
        }
        for (Map.Entry<String, Node> e : fields(m, path, null).entrySet()) {
            String name = e.getKey();
            String field = path + "." + name;
            if (!WORD.matcher(name).matches()) {
                error(e.getValue(), field, name, "lexicon names must be lower-case words");
            }
            List<String> terms = stringList(e.getValue(), field, 1);
            for (int i = 0; i < terms.size(); i++) {
                String t = terms.get(i);
                if (t.isBlank() || !t.equals(t.toLowerCase(Locale.ROOT)) || t.indexOf('*') >= 0 && t.indexOf('*') != t.length() - 1) {
                    error(((SequenceNode) e.getValue()).getValue().get(i), field + "[" + i + "]", t,
                            "terms must be non-empty, lower case, with '*' only at the end");
                }
            }
            out.put(name, terms);
        }
        return out;
    }

    private List<RuleSpec> rules(Node node, String path, Map<String, List<String>> lexicons) {
        List<RuleSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            error(node, path, null, "must be a list of rules");
            return out;
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String rp = path + "[" + i + "]";
            if (!(item instanceof MappingNode m)) {
                error(item, rp, null, "must be a mapping with id, all_of or pattern, and score");
                continue;
            }
            RuleSpec r = rule(m, rp, lexicons);
            if (r != null && !ids.add(r.id())) {
                error(fields(m, rp, null).get("id"), rp + ".id", r.id(), "repeats an earlier rule id of this principle");
            } else if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when every name is a lexicon of the principle; reports each that is not. */
    private boolean lexiconsKnown(List<String> names, Node node, String field, Map<String, List<String>> lexicons) {
        boolean ok = true;
        for (String lex : names) {
            if (!lexicons.containsKey(lex)) {
                error(node, field, lex, "names no lexicon of this principle (known: " + String.join(", ", lexicons.keySet()) + ")");
                ok = false;
            }
        }
        return ok;
    }

    private RuleSpec rule(MappingNode m, String path, Map<String, List<String>> lexicons) {
        Map<String, Node> f = fields(m, path, RULE_KEYS);
        String id = requiredString(f, m, "id", path + ".id");
        Node allOfNode = f.get("all_of");
        Node patternNode = f.get("pattern");
        List<String> allOf = List.of();
        String pattern = null;
        boolean ok = id != null;
        if ((allOfNode == null) == (patternNode == null)) {
            error(m, path, null, "needs exactly one of all_of (lexicon names) or pattern (a regular expression)");
            ok = false;
        }
        if (allOfNode != null) {
            allOf = stringList(allOfNode, path + ".all_of", 1);
            ok &= lexiconsKnown(allOf, allOfNode, path + ".all_of", lexicons);
        }
        List<String> noneOf = List.of();
        Node noneOfNode = f.get("none_of");
        if (noneOfNode != null) {
            if (allOfNode == null) {
                error(noneOfNode, path + ".none_of", null, "applies only to a co-occurrence rule (all_of)");
                ok = false;
            }
            noneOf = stringList(noneOfNode, path + ".none_of", 1);
            ok &= lexiconsKnown(noneOf, noneOfNode, path + ".none_of", lexicons);
        }
        if (patternNode != null) {
            pattern = scalar(patternNode, path + ".pattern");
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    error(patternNode, path + ".pattern", pattern, "is not a valid regular expression: " + e.getDescription());
                    ok = false;
                }
            }
        }
        int within = DEFAULT_WITHIN;
        String w = optionalString(f, "within", path + ".within");
        if (w != null) {
            try {
                within = Integer.parseInt(w);
                if (within < 1 || within > 200) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                error(f.get("within"), path + ".within", w, "must be a whole number of words from 1 to 200");
                ok = false;
            }
        }
        double score = Double.NaN;
        String s = requiredString(f, m, "score", path + ".score");
        if (s != null) {
            try {
                score = Double.parseDouble(s);
            } catch (NumberFormatException ignored) {
                // reported below
            }
            if (!(score > 0 && score <= 1)) {
                error(f.get("score"), path + ".score", s, "must be a number in (0, 1]");
                ok = false;
            }
        }
        return ok && s != null ? new RuleSpec(id, allOf, within, noneOf, pattern, score) : null;
    }

    private List<List<String>> examples(Map<String, Node> f, Node parent, String path) {
        Node node = f.get("examples");
        if (node == null) {
            error(parent, path + ".examples", null, "is required (violating and complying example texts)");
            return List.of(List.of(), List.of());
        }
        if (!(node instanceof MappingNode m)) {
            error(node, path + ".examples", null, "must have lists 'violating' and 'complying'");
            return List.of(List.of(), List.of());
        }
        Map<String, Node> ex = fields(m, path + ".examples", EXAMPLE_KEYS);
        List<List<String>> out = new ArrayList<>();
        for (String kind : List.of("violating", "complying")) {
            Node list = ex.get(kind);
            if (list == null) {
                error(m, path + ".examples." + kind, null, "is required");
                out.add(List.of());
            } else {
                out.add(stringList(list, path + ".examples." + kind, 1));
            }
        }
        return out;
    }

    private <E extends Enum<E>> E enumValue(Map<String, Node> f, Node parent, String key, String path, Class<E> type) {
        String v = requiredString(f, parent, key, path + "." + key);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            error(f.get(key), path + "." + key, v, "must be one of " + String.join(", ", allowed));
            return null;
        }
    }

    /** The keys of a mapping; reports unknown and repeated keys. {@code allowed} null accepts any key. */
    private Map<String, Node> fields(MappingNode node, String path, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            String field = path.isEmpty() ? String.valueOf(key) : path + "." + key;
            if (key == null) {
                error(t.getKeyNode(), path.isEmpty() ? "(document)" : path, null, "keys must be plain strings");
            } else if (allowed != null && !allowed.contains(key)) {
                error(t.getKeyNode(), field, key, "is not a known key (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            } else if (out.containsKey(key)) {
                error(t.getKeyNode(), field, key, "is given twice");
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    private String requiredString(Map<String, Node> f, Node parent, String key, String field) {
        Node n = f.get(key);
        if (n == null) {
            error(parent, field, null, "is required");
            return null;
        }
        String v = scalar(n, field);
        if (v != null && v.isBlank()) {
            error(n, field, v, "must not be empty");
            return null;
        }
        return v;
    }

    private String optionalString(Map<String, Node> f, String key, String field) {
        Node n = f.get(key);
        return n == null ? null : scalar(n, field);
    }

    private String scalar(Node n, String field) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        error(n, field, null, "must be a single value, not a " + (n instanceof SequenceNode ? "list" : "mapping"));
        return null;
    }

    private List<String> stringList(Node n, String field, int min) {
        if (!(n instanceof SequenceNode seq)) {
            error(n, field, n instanceof ScalarNode s ? s.getValue() : null, "must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            String v = scalar(seq.getValue().get(i), field + "[" + i + "]");
            if (v != null) {
                out.add(v);
            }
        }
        if (out.size() < min) {
            error(n, field, null, "must have at least " + min + (min == 1 ? " entry" : " entries"));
        }
        return out;
    }

    private void error(Node at, String field, String value, String rule) {
        int line = 0;
        int col = 0;
        if (at != null && at.getStartMark() != null) {
            line = at.getStartMark().getLine() + 1;
            col = at.getStartMark().getColumn() + 1;
        }
        errors.add(new ConfigError(file, line, col, field, value, rule));
    }

    private static Map<String, Object> canonical(String id, String version, String title, List<Principle> principles) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("version", version);
        doc.put("title", title);
        List<Object> ps = new ArrayList<>();
        for (Principle p : principles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("title", p.title());
            m.put("text", p.text());
            m.put("category", p.category());
            m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            m.put("applies_to", p.appliesTo().name().toLowerCase(Locale.ROOT));
            Map<String, Object> actions = new TreeMap<>();
            p.actions().forEach((k, v) -> actions.put(k.name(), v.name().toLowerCase(Locale.ROOT)));
            m.put("actions", actions);
            m.put("failure_mode", p.failureMode().name().toLowerCase(Locale.ROOT));
            m.put("threshold", p.threshold());
            m.put("lexicons", new TreeMap<>(p.lexicons()));
            List<Object> rules = new ArrayList<>();
            for (RuleSpec r : p.rules()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("id", r.id());
                if (r.isPattern()) {
                    rm.put("pattern", r.pattern());
                } else {
                    rm.put("all_of", r.allOf());
                    rm.put("within", r.within());
                    if (!r.noneOf().isEmpty()) { // absent when empty: older constitutions keep their digests
                        rm.put("none_of", r.noneOf());
                    }
                }
                rm.put("score", r.score());
                rules.add(rm);
            }
            m.put("rules", rules);
            m.put("examples", Map.of("violating", p.violating(), "complying", p.complying()));
            ps.add(m);
        }
        doc.put("principles", ps);
        return doc;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}

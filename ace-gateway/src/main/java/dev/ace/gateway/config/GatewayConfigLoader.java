package dev.ace.gateway.config;

import dev.ace.core.Action;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.ConfigError;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.constitution.Principle;
import dev.ace.core.constitution.YamlDocument;
import dev.ace.gateway.tenant.SensitivePolicy;
import dev.ace.gateway.tenant.Tenant;
import dev.ace.models.judge.JudgeConfig;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the gateway's YAML configuration (documented in {@code docs/gateway.md}). Every problem is
 * collected, with file, line, column, field, value and the rule broken, and reported at once; unknown
 * keys are errors; nothing is clamped. Sections left out take their defaults. A tenant's overrides must name
 * principles of the constitution in force (the shipped one unless another is given).
 */
public final class GatewayConfigLoader {
    private static final Set<String> TOP = Set.of("server", "upstreams", "tenants", "abuse", "decision_log", "judge");
    private static final Set<String> SERVER = Set.of("host", "port", "max_body_bytes", "connect_timeout_ms",
            "upstream_timeout_ms", "hold_back_chars", "window_chars", "keep_alive_seconds", "slow_tier_wait_ms");
    private static final Set<String> UPSTREAM = Set.of("name", "base_url", "api_key_env", "protocol", "trust_tier", "models");
    private static final Set<String> TENANT = Set.of("id", "key_sha256", "shadow", "admin", "rate_limit",
            "sensitive_data", "overrides");
    private static final Set<String> RATE = Set.of("requests_per_second", "burst");
    private static final Set<String> OVERRIDES = Set.of("thresholds", "actions");
    private static final Set<String> ABUSE = Set.of("window_seconds", "throttle_after", "suspend_after",
            "throttle_interval_seconds");
    private static final Set<String> LOG = Set.of("kind", "path", "digest_key_env", "signer_key");
    private static final Set<String> JUDGE = Set.of("base_url", "model", "mode", "api_key_env", "connect_timeout_ms",
            "timeout_ms", "retries", "breaker_failures", "breaker_cooldown_seconds", "band");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String file;
    private final Constitution constitution;
    private final List<ConfigError> errors = new ArrayList<>();

    private GatewayConfigLoader(String file, Constitution constitution) {
        this.file = file;
        this.constitution = constitution;
    }

    /** Loads and validates a configuration file for the shipped constitution. */
    public static GatewayConfig load(Path path) throws GatewayConfigException {
        return load(path, ConstitutionLoader.loadDefault());
    }

    /** Loads and validates a configuration file; tenants' overrides must name principles of {@code constitution}. */
    public static GatewayConfig load(Path path, Constitution constitution) throws GatewayConfigException {
        try {
            return parse(YamlDocument.read(path), path.toString(), constitution);
        } catch (YamlDocument.SyntaxError e) {
            throw new GatewayConfigException(List.of(e.error()));
        }
    }

    /** Parses and validates YAML text for the shipped constitution; {@code file} names it in errors. */
    public static GatewayConfig parse(String yaml, String file) throws GatewayConfigException {
        return parse(yaml, file, ConstitutionLoader.loadDefault());
    }

    /** Parses and validates YAML text; tenants' overrides must name principles of {@code constitution}. */
    public static GatewayConfig parse(String yaml, String file, Constitution constitution) throws GatewayConfigException {
        return new GatewayConfigLoader(file, Objects.requireNonNull(constitution, "constitution")).read(yaml);
    }

    private GatewayConfig read(String yaml) throws GatewayConfigException {
        Node root;
        try {
            root = YamlDocument.compose(yaml, file);
        } catch (YamlDocument.SyntaxError e) {
            throw new GatewayConfigException(List.of(e.error()));
        }
        if (root == null) {
            return GatewayConfig.defaults();
        }
        if (!(root instanceof MappingNode top)) {
            error(root, "(document)", null, "must be a mapping with keys " + String.join(", ", TOP));
            throw new GatewayConfigException(errors);
        }
        Map<String, Node> f = fields(top, "", TOP);
        ServerConfig server = server(f.get("server"));
        List<UpstreamConfig> upstreams = upstreams(f.get("upstreams"));
        List<Tenant> tenants = tenants(f.get("tenants"));
        AbuseConfig abuse = abuse(f.get("abuse"));
        DecisionLogConfig log = decisionLog(f.get("decision_log"));
        Optional<JudgeTier> judge = judge(f.get("judge"));
        if (!errors.isEmpty()) {
            throw new GatewayConfigException(errors);
        }
        return new GatewayConfig(server, upstreams, tenants, abuse, log, judge);
    }

    private ServerConfig server(Node node) {
        ServerConfig d = ServerConfig.defaults();
        if (node == null) {
            return d;
        }
        Map<String, Node> f = mapping(node, "server", SERVER);
        String host = string(f, "host", "server", d.host());
        long port = integer(f, "port", "server", d.port(), 0, 65535);
        long maxBody = integer(f, "max_body_bytes", "server", d.maxBodyBytes(), 1, 1L << 31);
        long connect = integer(f, "connect_timeout_ms", "server", d.connectTimeout().toMillis(), 1, 600_000);
        long upstream = integer(f, "upstream_timeout_ms", "server", d.upstreamTimeout().toMillis(), 1, 3_600_000);
        long holdBack = integer(f, "hold_back_chars", "server", d.holdBackChars(), 0, 65_536);
        long window = integer(f, "window_chars", "server", d.windowChars(), 1, 1 << 20);
        long keepAlive = integer(f, "keep_alive_seconds", "server", d.keepAlive().toSeconds(), 1, 3600);
        long slowWait = integer(f, "slow_tier_wait_ms", "server", d.slowTierWait().toMillis(), 0, 60_000);
        if (window < 2 * holdBack && f.containsKey("window_chars")) {
            error(f.get("window_chars"), "server.window_chars", String.valueOf(window),
                    "must be at least twice hold_back_chars (" + holdBack + ")");
        }
        return new ServerConfig(host, (int) port, maxBody, Duration.ofMillis(connect), Duration.ofMillis(upstream),
                (int) holdBack, (int) window, Duration.ofSeconds(keepAlive), Duration.ofMillis(slowWait));
    }

    private List<UpstreamConfig> upstreams(Node node) {
        List<UpstreamConfig> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = sequence(node, "upstreams");
        for (int i = 0; i < items.size(); i++) {
            String path = "upstreams[" + i + "]";
            Map<String, Node> f = mapping(items.get(i), path, UPSTREAM);
            int before = errors.size();
            String name = required(f, items.get(i), "name", path);
            if (name != null && !NAME.matcher(name).matches()) {
                error(f.get("name"), path + ".name", name, "must be letters, digits, '.', '_' or '-'");
            } else if (name != null && !names.add(name)) {
                error(f.get("name"), path + ".name", name, "repeats an earlier upstream's name");
            }
            URI base = url(f, items.get(i), path);
            String keyEnv = string(f, "api_key_env", path, null);
            if (keyEnv != null && !ENV.matcher(keyEnv).matches()) {
                error(f.get("api_key_env"), path + ".api_key_env", keyEnv, "must be an environment variable name");
            }
            Protocol protocol = enumValue(f, items.get(i), "protocol", path, Protocol.class, Protocol.OPENAI);
            TrustTier tier = enumValue(f, items.get(i), "trust_tier", path, TrustTier.class, null);
            List<String> models = stringList(f.get("models"), path + ".models", items.get(i));
            if (errors.size() == before) {
                out.add(new UpstreamConfig(name, base, keyEnv, protocol, tier, models));
            }
        }
        return out;
    }

    private Optional<JudgeTier> judge(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        Map<String, Node> f = mapping(node, "judge", JUDGE);
        int before = errors.size();
        URI base = url(f, node, "judge");
        String model = required(f, node, "model", "judge");
        JudgeConfig.Mode mode = enumValue(f, node, "mode", "judge", JudgeConfig.Mode.class, null);
        String keyEnv = string(f, "api_key_env", "judge", null);
        if (keyEnv != null && !ENV.matcher(keyEnv).matches()) {
            error(f.get("api_key_env"), "judge.api_key_env", keyEnv, "must be an environment variable name");
        }
        JudgeConfig d = JudgeConfig.of(URI.create("http://127.0.0.1/"), "m", JudgeConfig.Mode.POLICY);
        long connect = integer(f, "connect_timeout_ms", "judge", d.connectTimeout().toMillis(), 1, 600_000);
        long timeout = integer(f, "timeout_ms", "judge", d.timeout().toMillis(), 1, 600_000);
        long retries = integer(f, "retries", "judge", d.maxRetries(), 0, 10);
        long failures = integer(f, "breaker_failures", "judge", d.breakerFailures(), 1, 1000);
        long cooldown = integer(f, "breaker_cooldown_seconds", "judge", d.breakerCooldown().toSeconds(), 1, 86_400);
        double band = number(f, "band", "judge", JudgeTier.DEFAULT_BAND, 0, 0.5);
        if (errors.size() > before) {
            return Optional.empty();
        }
        JudgeConfig c = new JudgeConfig(base, model, mode, Duration.ofMillis(connect), Duration.ofMillis(timeout),
                (int) retries, d.maxRetryAfter(), keyEnv, (int) failures, Duration.ofSeconds(cooldown));
        return Optional.of(new JudgeTier(c, band));
    }

    private URI url(Map<String, Node> f, Node parent, String path) {
        String s = required(f, parent, "base_url", path);
        if (s == null) {
            return null;
        }
        try {
            URI u = new URI(s);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                error(f.get("base_url"), path + ".base_url", s, "must be an http:// or https:// URL with a host");
                return null;
            }
            return u;
        } catch (URISyntaxException e) {
            error(f.get("base_url"), path + ".base_url", s, "is not a URL: " + e.getReason());
            return null;
        }
    }

    private List<Tenant> tenants(Node node) {
        List<Tenant> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        List<Node> items = sequence(node, "tenants");
        for (int i = 0; i < items.size(); i++) {
            String path = "tenants[" + i + "]";
            Node item = items.get(i);
            Map<String, Node> f = mapping(item, path, TENANT);
            int before = errors.size();
            String id = required(f, item, "id", path);
            if (id != null && !NAME.matcher(id).matches()) {
                error(f.get("id"), path + ".id", id, "must be letters, digits, '.', '_' or '-'");
            } else if (id != null && !ids.add(id)) {
                error(f.get("id"), path + ".id", id, "repeats an earlier tenant's id");
            }
            String hash = required(f, item, "key_sha256", path);
            if (hash != null && !HEX64.matcher(hash).matches()) {
                error(f.get("key_sha256"), path + ".key_sha256", hash,
                        "must be the lower-case hex SHA-256 of the key (64 characters; `./ace serve --hash-key` prints it)");
            } else if (hash != null && !hashes.add(hash)) {
                error(f.get("key_sha256"), path + ".key_sha256", hash, "is the same key as an earlier tenant's");
            }
            boolean shadow = bool(f, "shadow", path, false);
            boolean admin = bool(f, "admin", path, false);
            double rps = 0;
            long burst = 0;
            if (f.get("rate_limit") != null) {
                Map<String, Node> r = mapping(f.get("rate_limit"), path + ".rate_limit", RATE);
                rps = number(r, "requests_per_second", path + ".rate_limit", 0, 0, 1e6);
                burst = integer(r, "burst", path + ".rate_limit", Math.max(1, (long) Math.ceil(rps)), 1, 1_000_000);
            }
            SensitivePolicy policy = enumValue(f, item, "sensitive_data", path, SensitivePolicy.class,
                    SensitivePolicy.ROUTE_HIGH_TRUST);
            Map<String, Double> thresholds = new LinkedHashMap<>();
            Map<String, Action> actions = new LinkedHashMap<>();
            overrides(f.get("overrides"), path + ".overrides", thresholds, actions);
            if (errors.size() == before) {
                out.add(new Tenant(id, hash, shadow, thresholds, actions, rps, (int) burst, policy, admin));
            }
        }
        return out;
    }

    private void overrides(Node node, String path, Map<String, Double> thresholds, Map<String, Action> actions) {
        if (node == null) {
            return;
        }
        Map<String, Node> f = mapping(node, path, OVERRIDES);
        if (f.get("thresholds") != null) {
            for (Map.Entry<String, Node> e : principleMapping(f.get("thresholds"), path + ".thresholds").entrySet()) {
                String field = path + ".thresholds." + e.getKey();
                String v = scalar(e.getValue(), field);
                try {
                    double t = Double.parseDouble(v);
                    if (!(t > 0 && t < 1)) {
                        throw new NumberFormatException();
                    }
                    thresholds.put(e.getKey(), t);
                } catch (NumberFormatException | NullPointerException ex) {
                    error(e.getValue(), field, v, "must be a number strictly between 0 and 1");
                }
            }
        }
        if (f.get("actions") != null) {
            for (Map.Entry<String, Node> e : principleMapping(f.get("actions"), path + ".actions").entrySet()) {
                String field = path + ".actions." + e.getKey();
                String v = scalar(e.getValue(), field);
                try {
                    actions.put(e.getKey(), Action.parse(v));
                } catch (IllegalArgumentException | NullPointerException ex) {
                    error(e.getValue(), field, v, "must be one of block, redact, flag, allow");
                }
            }
        }
    }

    /** A mapping keyed by principle id; an id the constitution lacks is an error on its key, its value unread. */
    private Map<String, Node> principleMapping(Node node, String path) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            error(node, path, null, "must be a mapping from principle id to value");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String id = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (id == null) {
                error(t.getKeyNode(), path, null, "keys must be principle ids");
            } else if (constitution.principle(id).isEmpty()) {
                error(t.getKeyNode(), path + "." + id, id, unknownPrinciple(id));
            } else {
                out.put(id, t.getValueNode());
            }
        }
        return out;
    }

    /** Says the id is unknown, suggesting the principles of the same family ({@code bio.} for {@code bio.weapon}). */
    private String unknownPrinciple(String id) {
        List<String> ids = constitution.principles().stream().map(Principle::id).toList();
        String family = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
        List<String> near = ids.stream().filter(p -> p.startsWith(family)).toList();
        String in = "is not a principle of the constitution in force (" + constitution.id() + " " + constitution.version() + "); ";
        return near.isEmpty() ? in + "its principles are " + String.join(", ", ids)
                : in + "did you mean " + String.join(" or ", near) + "?";
    }

    private AbuseConfig abuse(Node node) {
        AbuseConfig d = AbuseConfig.defaults();
        if (node == null) {
            return d;
        }
        Map<String, Node> f = mapping(node, "abuse", ABUSE);
        long window = integer(f, "window_seconds", "abuse", d.window().toSeconds(), 1, 30L * 86400);
        long throttle = integer(f, "throttle_after", "abuse", d.throttleAfter(), 1, 1_000_000);
        long suspend = integer(f, "suspend_after", "abuse", Math.max(throttle, d.suspendAfter()), 1, 1_000_000);
        long interval = integer(f, "throttle_interval_seconds", "abuse", d.throttleInterval().toSeconds(), 1, 86400);
        if (suspend < throttle) {
            error(f.get("suspend_after"), "abuse.suspend_after", String.valueOf(suspend),
                    "must be at least throttle_after (" + throttle + ")");
        }
        return new AbuseConfig(Duration.ofSeconds(window), (int) throttle, (int) suspend, Duration.ofSeconds(interval));
    }

    private DecisionLogConfig decisionLog(Node node) {
        DecisionLogConfig d = DecisionLogConfig.defaults();
        if (node == null) {
            return d;
        }
        Map<String, Node> f = mapping(node, "decision_log", LOG);
        DecisionLogConfig.Kind kind = enumValue(f, node, "kind", "decision_log", DecisionLogConfig.Kind.class, d.kind());
        String path = string(f, "path", "decision_log", d.path().toString());
        String env = string(f, "digest_key_env", "decision_log", d.digestKeyEnv());
        if (env != null && !ENV.matcher(env).matches()) {
            error(f.get("digest_key_env"), "decision_log.digest_key_env", env, "must be an environment variable name");
        }
        String signer = string(f, "signer_key", "decision_log", null);
        if (signer != null && kind != DecisionLogConfig.Kind.LEDGER) {
            error(f.get("signer_key"), "decision_log.signer_key", signer, "applies only to kind: ledger");
        } else if (signer != null && signer.isBlank()) {
            error(f.get("signer_key"), "decision_log.signer_key", signer, "must be the path of a signer.key file");
        }
        return new DecisionLogConfig(kind, Path.of(path), env, signer == null || signer.isBlank() ? null : Path.of(signer));
    }

    // --- node helpers -------------------------------------------------------------------------

    private List<Node> sequence(Node node, String path) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            error(node, path, null, "must be a list");
            return List.of();
        }
        return s.getValue();
    }

    private Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            error(node, path, null, "must be a mapping" + (allowed == null ? "" : " with keys " + String.join(", ", new java.util.TreeSet<>(allowed))));
            return Map.of();
        }
        return fields(m, path, allowed);
    }

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
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    private String scalar(Node node, String field) {
        if (!(node instanceof ScalarNode s)) {
            error(node, field, null, "must be a single value");
            return null;
        }
        return s.getValue();
    }

    private String required(Map<String, Node> f, Node parent, String key, String path) {
        if (f.get(key) == null) {
            error(parent, path + "." + key, null, "is required");
            return null;
        }
        String v = scalar(f.get(key), path + "." + key);
        if (v != null && v.isBlank()) {
            error(f.get(key), path + "." + key, v, "must not be empty");
            return null;
        }
        return v;
    }

    private String string(Map<String, Node> f, String key, String path, String dflt) {
        return f.get(key) == null ? dflt : scalar(f.get(key), path + "." + key);
    }

    private long integer(Map<String, Node> f, String key, String path, long dflt, long min, long max) {
        if (f.get(key) == null) {
            return dflt;
        }
        String v = scalar(f.get(key), path + "." + key);
        try {
            long n = Long.parseLong(v == null ? "" : v.trim());
            if (n < min || n > max) {
                error(f.get(key), path + "." + key, v, "must be a whole number from " + min + " to " + max);
                return dflt;
            }
            return n;
        } catch (NumberFormatException e) {
            error(f.get(key), path + "." + key, v, "must be a whole number from " + min + " to " + max);
            return dflt;
        }
    }

    private double number(Map<String, Node> f, String key, String path, double dflt, double min, double max) {
        if (f.get(key) == null) {
            return dflt;
        }
        String v = scalar(f.get(key), path + "." + key);
        try {
            double n = Double.parseDouble(v == null ? "" : v.trim());
            if (!(n >= min && n <= max)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            error(f.get(key), path + "." + key, v, "must be a number from " + min + " to " + max);
            return dflt;
        }
    }

    private boolean bool(Map<String, Node> f, String key, String path, boolean dflt) {
        if (f.get(key) == null) {
            return dflt;
        }
        String v = scalar(f.get(key), path + "." + key);
        if ("true".equals(v) || "false".equals(v)) {
            return Boolean.parseBoolean(v);
        }
        error(f.get(key), path + "." + key, v, "must be true or false");
        return dflt;
    }

    private <E extends Enum<E>> E enumValue(Map<String, Node> f, Node parent, String key, String path, Class<E> type, E dflt) {
        if (f.get(key) == null) {
            if (dflt == null) {
                error(parent, path + "." + key, null, "is required (one of " + allowed(type) + ")");
            }
            return dflt;
        }
        String v = scalar(f.get(key), path + "." + key);
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            error(f.get(key), path + "." + key, v, "must be one of " + allowed(type));
            return dflt;
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(type == TrustTier.class ? c.name() : c.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private List<String> stringList(Node node, String path, Node parent) {
        if (node == null) {
            error(parent, path, null, "is required (model ids, or [\"*\"] for any)");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!(node instanceof SequenceNode s) || s.getValue().isEmpty()) {
            error(node, path, null, "must be a non-empty list of model ids");
            return out;
        }
        for (int i = 0; i < s.getValue().size(); i++) {
            String v = scalar(s.getValue().get(i), path + "[" + i + "]");
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private void error(Node node, String field, String value, String rule) {
        int line = node == null ? 0 : node.getStartMark().getLine() + 1;
        int col = node == null ? 0 : node.getStartMark().getColumn() + 1;
        errors.add(new ConfigError(file, line, col, field, value, rule));
    }
}

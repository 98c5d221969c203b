package dev.ace.core.constitution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated constitution. Its {@link #digest()} is the SHA-256 (lower-case hex) of its
 * canonical form, cited by every verdict so any decision can be replayed against the exact text.
 */
public final class Constitution {
    private final String id;
    private final String version;
    private final String title;
    private final List<Principle> principles;
    private final Map<String, Principle> byId;
    private final String digest;

    Constitution(String id, String version, String title, List<Principle> principles, String digest) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.principles = List.copyOf(principles);
        Map<String, Principle> m = new LinkedHashMap<>();
        for (Principle p : principles) {
            m.put(p.id(), p);
        }
        this.byId = Map.copyOf(m);
        this.digest = digest;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public List<Principle> principles() {
        return principles;
    }

    public Optional<Principle> principle(String principleId) {
        return Optional.ofNullable(byId.get(principleId));
    }

    public String digest() {
        return digest;
    }

    @Override
    public String toString() {
        return id + "@" + version + " (" + principles.size() + " principles, sha256:" + digest + ")";
    }
}

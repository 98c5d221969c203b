package dev.ace.gateway.decision;

import dev.ace.core.Action;
import dev.ace.core.Direction;

import dev.ace.ledger.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One decision of the gateway, as it is logged: no raw content, only a per-tenant HMAC-SHA256 of it.
 *
 * @param sequence           position in this gateway's decision log, increasing
 * @param time               when the decision was made
 * @param tenant             tenant id
 * @param requestId          the request id returned to the client ({@code x-request-id})
 * @param direction          INPUT (the prompt) or OUTPUT (the answer)
 * @param contentDigest      hex HMAC-SHA256 of the inspected content under the tenant's digest key
 * @param action             what the inspector decided (before shadow mode)
 * @param principles         principle id to score, for every finding
 * @param constitutionDigest SHA-256 of the constitution applied
 * @param detectorVersions   detector id to version: every detector of the inspector's cascade (the versions in
 *                           force), and any other detector that found something or failed
 * @param upstream           the upstream the request went (or would go) to; empty when none
 * @param enforced           false when the tenant is in shadow mode or the action did not enforce
 */
public record DecisionRecord(long sequence, Instant time, String tenant, String requestId, Direction direction,
                             String contentDigest, Action action, Map<String, Double> principles,
                             String constitutionDigest, Map<String, String> detectorVersions, String upstream,
                             boolean enforced) {
    public DecisionRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(constitutionDigest, "constitutionDigest");
        Objects.requireNonNull(upstream, "upstream");
        principles = Map.copyOf(principles);
        detectorVersions = Map.copyOf(detectorVersions);
    }

    /**
     * The record as a plain map of JSON values (strings, numbers, booleans, maps), keys in a fixed
     * order; what the JSONL sink writes and what a ledger canonicalises.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", sequence);
        m.put("time", time.toString());
        m.put("tenant", tenant);
        m.put("request_id", requestId);
        m.put("direction", direction.name());
        m.put("content_hmac_sha256", contentDigest);
        m.put("action", action.name());
        m.put("principles", new java.util.TreeMap<>(principles));
        m.put("constitution_digest", constitutionDigest);
        m.put("detector_versions", new java.util.TreeMap<>(detectorVersions));
        m.put("upstream", upstream);
        m.put("enforced", enforced);
        return m;
    }

    /**
     * The RFC 8785 canonical JSON of {@link #toMap()}, UTF-8: what the ledger appends. Written field by field in the
     * canonical key order instead of building the map and sorting it, which (with the generic writer) was a tenth of
     * the gateway's CPU samples under load; {@code DecisionRecordTest} checks the bytes are the generic writer's.
     */
    public byte[] canonicalJson() {
        StringBuilder out = new StringBuilder(640);
        out.append("{\"action\":");
        CanonicalJson.appendString(out, action.name());
        out.append(",\"constitution_digest\":");
        CanonicalJson.appendString(out, constitutionDigest);
        out.append(",\"content_hmac_sha256\":");
        CanonicalJson.appendString(out, contentDigest);
        out.append(",\"detector_versions\":{");
        String[] keys = sortedKeys(detectorVersions);
        for (int i = 0; i < keys.length; i++) {
            CanonicalJson.appendString(out.append(i == 0 ? "" : ","), keys[i]);
            CanonicalJson.appendString(out.append(':'), detectorVersions.get(keys[i]));
        }
        out.append("},\"direction\":");
        CanonicalJson.appendString(out, direction.name());
        out.append(",\"enforced\":").append(enforced);
        out.append(",\"principles\":{");
        keys = sortedKeys(principles);
        for (int i = 0; i < keys.length; i++) {
            CanonicalJson.appendString(out.append(i == 0 ? "" : ","), keys[i]);
            out.append(':').append(CanonicalJson.number(principles.get(keys[i])));
        }
        out.append("},\"request_id\":");
        CanonicalJson.appendString(out, requestId);
        out.append(",\"sequence\":").append(CanonicalJson.number(sequence));
        out.append(",\"tenant\":");
        CanonicalJson.appendString(out, tenant);
        out.append(",\"time\":");
        CanonicalJson.appendString(out, time.toString());
        out.append(",\"upstream\":");
        CanonicalJson.appendString(out, upstream);
        return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The keys in RFC 8785 order (UTF-16 code units, which is {@code String.compareTo}). */
    private static String[] sortedKeys(Map<String, ?> map) {
        String[] keys = map.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        return keys;
    }
}

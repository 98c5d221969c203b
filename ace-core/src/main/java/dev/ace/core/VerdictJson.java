package dev.ace.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of a verdict, as {@code ace check --json} prints it and {@code POST /v1/inspect}
 * returns it: plain maps and lists, for whichever JSON library the caller uses.
 */
public final class VerdictJson {
    private VerdictJson() {
    }

    /**
     * The verdict as a JSON object. With the conversation, each finding's evidence includes the excerpt
     * of the original text; without it (null), only the span.
     */
    public static Map<String, Object> toMap(Verdict v, Conversation conversation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", v.action().name());
        m.put("flagged", v.flagged());
        m.put("score", round(v.maxScore()));
        m.put("principle_ids", List.copyOf(v.principleIds()));
        List<Object> findings = new ArrayList<>();
        for (Finding f : v.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("principle_id", f.principleId());
            fm.put("score", round(f.score()));
            fm.put("threshold", f.threshold());
            fm.put("action", f.action().name());
            fm.put("basis", f.basis().name());
            fm.put("detector_id", f.detectorId());
            fm.put("detector_version", f.detectorVersion());
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("turn", f.evidence().turnIndex());
            ev.put("start", f.evidence().start());
            ev.put("end", f.evidence().end());
            if (conversation != null) {
                ev.put("text", f.evidence().excerpt(conversation));
            }
            ev.put("decodings", f.evidence().decodings());
            fm.put("evidence", ev);
            findings.add(fm);
        }
        m.put("findings", findings);
        List<Object> tiers = new ArrayList<>();
        for (TierReport t : v.tiers()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("tier", t.tier());
            tm.put("status", t.status().name());
            tm.put("detectors", t.detectors());
            tm.put("latency_ms", t.latency().toNanos() / 1e6);
            tiers.add(tm);
        }
        m.put("tiers", tiers);
        List<Object> failures = new ArrayList<>();
        for (DetectorFailure f : v.failures()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("detector_id", f.detectorId());
            fm.put("detector_version", f.detectorVersion());
            fm.put("tier", f.tier());
            fm.put("kind", f.kind().name());
            fm.put("message", f.message());
            fm.put("elapsed_ms", f.elapsed().toNanos() / 1e6);
            failures.add(fm);
        }
        m.put("failures", failures);
        m.put("constitution_digest", v.constitutionDigest());
        m.put("engine_version", v.engineVersion());
        m.put("elapsed_ms", v.elapsed().toNanos() / 1e6);
        return m;
    }

    /** Scores rounded to four decimals for display. */
    public static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}

package dev.ace.cli;

import dev.ace.core.Conversation;
import dev.ace.core.DetectorFailure;
import dev.ace.core.Finding;
import dev.ace.core.TierReport;
import dev.ace.core.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The machine-readable form of a verdict, as {@code ace check --json} prints it. */
final class VerdictJson {
    private VerdictJson() {
    }

    static Map<String, Object> of(Verdict v, Conversation conversation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", v.action().name().toLowerCase(Locale.ROOT));
        m.put("flagged", v.flagged());
        m.put("score", round(v.maxScore()));
        m.put("principles", List.copyOf(v.principleIds()));
        List<Object> findings = new ArrayList<>();
        for (Finding f : v.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("principle", f.principleId());
            fm.put("score", round(f.score()));
            fm.put("threshold", f.threshold());
            fm.put("action", f.action().name().toLowerCase(Locale.ROOT));
            fm.put("basis", f.basis().name().toLowerCase(Locale.ROOT));
            fm.put("detector", f.detectorId());
            fm.put("detector_version", f.detectorVersion());
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("turn", f.evidence().turnIndex());
            ev.put("start", f.evidence().start());
            ev.put("end", f.evidence().end());
            ev.put("text", f.evidence().excerpt(conversation));
            ev.put("decodings", f.evidence().decodings());
            fm.put("evidence", ev);
            findings.add(fm);
        }
        m.put("findings", findings);
        List<Object> tiers = new ArrayList<>();
        for (TierReport t : v.tiers()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("tier", t.tier());
            tm.put("status", t.status().name().toLowerCase(Locale.ROOT));
            tm.put("detectors", t.detectors());
            tm.put("latency_ms", t.latency().toNanos() / 1e6);
            tiers.add(tm);
        }
        m.put("tiers", tiers);
        List<Object> failures = new ArrayList<>();
        for (DetectorFailure f : v.failures()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("detector", f.detectorId());
            fm.put("detector_version", f.detectorVersion());
            fm.put("tier", f.tier());
            fm.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            fm.put("message", f.message());
            failures.add(fm);
        }
        m.put("failures", failures);
        m.put("constitution_digest", v.constitutionDigest());
        m.put("engine_version", v.engineVersion());
        m.put("elapsed_ms", v.elapsed().toNanos() / 1e6);
        return m;
    }

    static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}

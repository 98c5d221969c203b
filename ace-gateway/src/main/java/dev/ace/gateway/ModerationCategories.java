package dev.ace.gateway;

import dev.ace.core.constitution.Principle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps constitution principles onto the 13 categories of OpenAI's Moderation API, by the words in the
 * principle's id and category (for example {@code bio.weapons-uplift} maps to {@code illicit/violent} and
 * {@code violence}). A principle that matches no category still sets {@code flagged}.
 */
final class ModerationCategories {
    static final List<String> KEYS = List.of("harassment", "harassment/threatening", "hate", "hate/threatening",
            "illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
            "sexual/minors", "violence", "violence/graphic");
    static final List<String> IMAGE_CAPABLE = List.of("self-harm", "self-harm/intent", "self-harm/instructions",
            "sexual", "violence", "violence/graphic");

    private ModerationCategories() {
    }

    static List<String> of(Principle p) {
        String s = (p.id() + " " + p.category()).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (has(s, "self-harm", "selfharm", "suicide", "eating-disorder")) {
            out.add("self-harm");
            out.add(has(s, "instruction", "method") ? "self-harm/instructions" : "self-harm/intent");
        }
        if (has(s, "minor", "child", "csam", "csae")) {
            out.add("sexual/minors");
            out.add("sexual");
        } else if (has(s, "sexual", "nsfw", "explicit")) {
            out.add("sexual");
        }
        if (has(s, "hate", "extrem", "discriminat")) {
            out.add("hate");
            if (has(s, "threat", "violen")) {
                out.add("hate/threatening");
            }
        }
        if (has(s, "harass", "bully", "abuse")) {
            out.add("harassment");
        }
        if (has(s, "threat", "intimidat")) {
            out.add("harassment/threatening");
        }
        if (has(s, "bio", "chem", "nuclear", "radiolog", "cbrn", "weapon", "explosive", "terror", "mass-casualty")) {
            out.add("illicit/violent");
            out.add("violence");
        }
        if (has(s, "violen", "kill", "attack")) {
            out.add("violence");
        }
        if (has(s, "gore", "graphic")) {
            out.add("violence/graphic");
        }
        if (has(s, "cyber", "malware", "fraud", "crime", "illicit", "illegal", "drug", "hacking", "theft", "scam",
                "piracy", "copyright", "intellectual-property")) {
            out.add("illicit");
        }
        return out.stream().distinct().toList();
    }

    private static boolean has(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

package dev.ace.models.embed;

import dev.ace.models.data.LabeledText;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which principles a labelled training text violates, from its file and the source's own category, where
 * the mapping is clear. Unsafe texts always violate {@link EmbeddingHead#ANY}; an unsafe text whose category
 * says nothing clear about a principle trains only that output. A category that is itself a principle id
 * (the project's own examples) maps to it.
 */
final class CategoryMap {
    private CategoryMap() {
    }

    static Set<String> principles(LabeledText t, Set<String> knownPrinciples) {
        Set<String> out = new LinkedHashSet<>();
        if (!t.unsafe()) {
            return out;
        }
        out.add(EmbeddingHead.ANY);
        String cat = t.category() == null ? "" : t.category().toLowerCase(Locale.ROOT);
        if (knownPrinciples.contains(t.category())) {
            out.add(t.category());
            return out;
        }
        String file = t.file().toLowerCase(Locale.ROOT);
        if (file.startsWith("jailbreakhub")) {
            out.add("jailbreak.attempt");
        } else if (file.startsWith("cyberseceval_prompt_injection")) {
            out.add("injection.prompt");
        } else if (file.startsWith("cyberseceval_mitre") || file.startsWith("cyberseceval_interpreter")) {
            out.add("cyber.offensive");
        } else {
            byCategory(cat, out);
        }
        return out;
    }

    private static void byCategory(String cat, Set<String> out) {
        if (cat.startsWith("chemical_biological")) {
            out.add("bio.weapons-uplift");
            out.add("chem.weapons-uplift");
        } else if (cat.startsWith("cybercrime_intrusion") || cat.startsWith("malware") || cat.equals("illegal activity|cybercrime")) {
            out.add("cyber.offensive");
        } else if (cat.contains("content sexual exploitation") || cat.contains("online predation")) {
            out.add("sexual.minors");
        } else if (cat.startsWith("adult content") || cat.equals("pornography") || cat.equals("sexual content")) {
            out.add("sexual.explicit");
        } else if (cat.startsWith("misinformation") || cat.startsWith("disinformation")) {
            out.add("misinformation.disinformation");
        } else if (cat.startsWith("copyright")) {
            out.add("ip.copyright");
        } else if (cat.startsWith("privacy violation") || cat.equals("privacy violence")) {
            out.add("privacy.personal-data");
        } else if (cat.startsWith("fraud") || cat.contains("financial fraud") || cat.contains("scams")
                || cat.equals("economic harm|market manipulation")) {
            out.add("fraud.scams");
        } else if (cat.equals("physical harm|self-harm")) {
            out.add("self-harm");
        } else if (cat.startsWith("hate") || cat.startsWith("harassment_bullying") || cat.equals("hate speech")
                || cat.startsWith("hate, harassment")) {
            out.add("hate.harassment");
        } else if (cat.equals("illegal activity|drug")) {
            out.add("drugs.illicit");
        } else if (cat.equals("violence") || cat.equals("illegal activity|weapon") || cat.equals("physical harm|weapon making")
                || cat.equals("physical harm|assault and battery")) {
            out.add("violence.crime-weapons");
        }
    }
}

package dev.ace.models.judge;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Llama Guard 3's categories (S1 to S14) mapped to ACE principle ids. S9 (indiscriminate weapons) is split
 * among the CBRN principles by their lexicons: the ones whose terms occur in the text, or all three when
 * none does. S2 (non-violent crimes) goes to the drugs principle when the text names a drug (a term of its
 * {@code street_drug}, {@code rx_drug}, {@code get_high} or {@code drug_test} lexicons, or the word "drug"), to the
 * fraud principle otherwise. S5 (defamation) and S13 (elections) map to the disinformation principle, S8 (intellectual
 * property) to copyright; S6 (specialized advice) has no principle in the default constitution and is
 * reported as unmapped.
 */
final class Categories {
    static final List<String> CBRN = List.of("bio.weapons-uplift", "chem.weapons-uplift", "nuclear.radiological-weapons");
    static final String DRUGS = "drugs.illicit";
    static final String FRAUD = "fraud.scams";
    private static final List<String> DRUG_LEXICONS = List.of("street_drug", "rx_drug", "get_high", "drug_test");
    static final Map<String, List<String>> MAPPING = Map.ofEntries(
            Map.entry("S1", List.of("violence.crime-weapons")),
            Map.entry("S2", List.of(FRAUD, DRUGS)),
            Map.entry("S3", List.of("sexual.explicit")),
            Map.entry("S4", List.of("sexual.minors")),
            Map.entry("S5", List.of("misinformation.disinformation")),
            Map.entry("S7", List.of("privacy.personal-data")),
            Map.entry("S8", List.of("ip.copyright")),
            Map.entry("S9", CBRN),
            Map.entry("S10", List.of("hate.harassment")),
            Map.entry("S11", List.of("self-harm")),
            Map.entry("S12", List.of("sexual.explicit")),
            Map.entry("S13", List.of("misinformation.disinformation")),
            Map.entry("S14", List.of("cyber.offensive")));

    private Categories() {
    }

    /** Principles of {@code constitution} the codes map to; codes that map to none are added to {@code unmapped}. */
    static List<String> map(List<String> codes, String text, Constitution constitution, List<String> unmapped) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            List<String> ids = MAPPING.getOrDefault(code, List.of());
            if (code.equals("S9")) {
                ids = cbrn(text, constitution);
            } else if (code.equals("S2")) {
                ids = nonViolentCrime(text, constitution);
            }
            List<String> present = ids.stream().filter(id -> constitution.principle(id).isPresent()).toList();
            if (present.isEmpty()) {
                unmapped.add(code);
            }
            out.addAll(present);
        }
        return new ArrayList<>(out);
    }

    /** The principles Llama Guard's categories can reach in this constitution. */
    static Set<String> reachable(Constitution constitution) {
        Set<String> out = new LinkedHashSet<>();
        MAPPING.values().forEach(ids -> ids.stream().filter(id -> constitution.principle(id).isPresent()).forEach(out::add));
        return out;
    }

    private static List<String> nonViolentCrime(String text, Constitution constitution) {
        Principle drugs = constitution.principle(DRUGS).orElse(null);
        if (drugs == null) {
            return List.of(FRAUD);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean named = containsWord(lower, "drug") || containsWord(lower, "drugs");
        for (String lexicon : DRUG_LEXICONS) {
            for (String term : drugs.lexicons().getOrDefault(lexicon, List.of())) {
                named |= containsWord(lower, term);
            }
        }
        return named ? List.of(DRUGS) : List.of(FRAUD);
    }

    private static List<String> cbrn(String text, Constitution constitution) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> hinted = new ArrayList<>();
        for (String id : CBRN) {
            Principle p = constitution.principle(id).orElse(null);
            if (p != null && mentions(lower, p)) {
                hinted.add(id);
            }
        }
        return hinted.isEmpty() ? CBRN : hinted;
    }

    private static boolean mentions(String lower, Principle p) {
        for (List<String> terms : p.lexicons().values()) {
            for (String term : terms) {
                if (containsWord(lower, term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWord(String lower, String term) {
        boolean prefix = term.endsWith("*");
        String t = prefix ? term.substring(0, term.length() - 1) : term;
        for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            int end = i + t.length();
            boolean endOk = prefix || end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}

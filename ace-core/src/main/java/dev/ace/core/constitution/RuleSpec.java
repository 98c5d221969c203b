package dev.ace.core.constitution;

import java.util.List;

/**
 * A rule of the rule detector. Either a co-occurrence rule, which fires when a term of every named
 * lexicon appears within {@code within} words of each other, or a pattern rule (a Java regular
 * expression over the normalised, lower-case text).
 *
 * @param id      unique within its principle
 * @param allOf   lexicon names that must all match (co-occurrence rule), else empty
 * @param within  window in words for a co-occurrence rule
 * @param noneOf  lexicon names of a co-occurrence rule's exceptions: a match with a term of one of them within
 *                {@code within} words of it does not fire ("report sexual images of a child"), else empty
 * @param pattern regular expression for a pattern rule, else null
 * @param score   the score the rule gives its principle when it fires, in (0, 1]
 */
public record RuleSpec(String id, List<String> allOf, int within, List<String> noneOf, String pattern, double score) {
    public RuleSpec {
        allOf = List.copyOf(allOf);
        noneOf = List.copyOf(noneOf);
    }

    /** A rule without exceptions. */
    public RuleSpec(String id, List<String> allOf, int within, String pattern, double score) {
        this(id, allOf, within, List.of(), pattern, score);
    }

    public boolean isPattern() {
        return pattern != null;
    }
}

package dev.ace.core.constitution;

import dev.ace.core.Action;
import dev.ace.core.Direction;
import dev.ace.core.TrustTier;

import java.util.List;
import java.util.Map;

/**
 * One principle of the constitution: a plain-language rule with a stable id, how grave it is, what to
 * do per trust tier, how to fail, the score threshold, the lexicons and rules of the rule detector,
 * and example texts that violate it and that comply with it.
 */
public record Principle(String id, String title, String text, String category, Severity severity,
                        AppliesTo appliesTo, Map<TrustTier, Action> actions, FailureMode failureMode,
                        double threshold, Map<String, List<String>> lexicons, List<RuleSpec> rules,
                        List<String> violating, List<String> complying) {
    public Principle {
        actions = Map.copyOf(actions);
        lexicons = Map.copyOf(lexicons);
        rules = List.copyOf(rules);
        violating = List.copyOf(violating);
        complying = List.copyOf(complying);
    }

    public Action actionFor(TrustTier tier) {
        return actions.get(tier);
    }

    public boolean appliesTo(Direction direction) {
        return appliesTo.includes(direction);
    }

    public boolean failsClosed() {
        return failureMode == FailureMode.FAIL_CLOSED;
    }
}

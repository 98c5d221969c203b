package dev.ace.core.rules;

import dev.ace.core.Direction;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;
import dev.ace.core.constitution.RuleSpec;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule detector, compiled from the constitution's lexicons and rules. All lexicon terms of all
 * principles go into one {@link WordTrie}, matched in one pass over the words; pattern rules go into
 * a {@link PatternIndex}, which tries each only at the word starts where it can begin. Co-occurrence rules then check that a
 * term of each required lexicon lies within the rule's window of words.
 */
public final class RuleDetector implements Detector {
    public static final String ID = "rules";

    private final DetectorInfo info;
    private final WordTrie trie = new WordTrie();
    private final List<Slot> slots = new ArrayList<>();
    private final List<CompiledRule> coRules = new ArrayList<>();
    private final List<CompiledPattern> patternRules = new ArrayList<>();
    private final PatternIndex patternIndex;

    private record Slot(String principleId, String lexicon) {
    }

    private record CompiledRule(String principleId, RuleSpec spec, int[] slots, int[] exceptions) {
    }

    private record CompiledPattern(String principleId, RuleSpec spec, Pattern pattern) {
    }

    public RuleDetector(Constitution constitution) {
        this.info = new DetectorInfo(ID, "1+" + constitution.digest().substring(0, 12), DetectorInfo.Kind.RULE, Set.of());
        Map<String, Integer> slotIds = new HashMap<>();
        for (Principle p : constitution.principles()) {
            for (Map.Entry<String, List<String>> lex : p.lexicons().entrySet()) {
                int slot = slots.size();
                slots.add(new Slot(p.id(), lex.getKey()));
                slotIds.put(p.id() + '\u0000' + lex.getKey(), slot);
                for (String term : lex.getValue()) {
                    trie.add(term, slot);
                }
            }
        }
        for (Principle p : constitution.principles()) {
            for (RuleSpec r : p.rules()) {
                if (r.isPattern()) {
                    patternRules.add(new CompiledPattern(p.id(), r, Pattern.compile(r.pattern())));
                } else {
                    int[] ids = r.allOf().stream().mapToInt(l -> slotIds.get(p.id() + '\u0000' + l)).toArray();
                    int[] except = r.noneOf().stream().mapToInt(l -> slotIds.get(p.id() + '\u0000' + l)).toArray();
                    coRules.add(new CompiledRule(p.id(), r, ids, except));
                }
            }
        }
        this.patternIndex = new PatternIndex(patternRules.stream().map(CompiledPattern::pattern).toList());
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        Map<String, Signal> best = new HashMap<>();
        boolean answer = input.direction() == Direction.OUTPUT;
        for (TextView view : input.views()) {
            Refusals refusals = answer ? Refusals.in(view.text()) : null;
            matchWords(view, refusals, best);
            matchPatterns(view, refusals, best);
        }
        return best.isEmpty() ? DetectorResult.NONE : new DetectorResult(List.copyOf(best.values()));
    }

    private void matchWords(TextView view, Refusals refusals, Map<String, Signal> best) {
        if (coRules.isEmpty()) {
            return;
        }
        String text = view.text();
        Words words = Words.of(text);
        List<WordTrie.Hit> hits = trie.match(text, words);
        if (hits.isEmpty()) {
            return;
        }
        for (CompiledRule rule : coRules) {
            fire(rule, hits, words, view, refusals, best);
        }
    }

    /** Fires a co-occurrence rule when a hit of each of its lexicons lies within its window. */
    private void fire(CompiledRule rule, List<WordTrie.Hit> hits, Words words, TextView view, Refusals refusals,
                      Map<String, Signal> best) {
        int[] need = rule.slots();
        for (WordTrie.Hit anchor : hits) {
            if (anchor.slot() != need[0]) {
                continue;
            }
            int lo = anchor.firstWord();
            int hi = anchor.lastWord();
            boolean all = true;
            for (int k = 1; k < need.length && all; k++) {
                WordTrie.Hit near = nearest(hits, need[k], anchor, rule.spec().within());
                if (near == null) {
                    all = false;
                } else {
                    lo = Math.min(lo, near.firstWord());
                    hi = Math.max(hi, near.lastWord());
                }
            }
            if (all && (refusals == null || !refusals.covers(words.start(lo), words.end(hi)))
                    && !excepted(rule, hits, lo, hi)) {
                offer(best, new Signal(rule.principleId(), rule.spec().score(),
                        view.evidence(words.start(lo), words.end(hi))));
                return;
            }
        }
    }

    /** True when a term of one of the rule's exception lexicons lies within its window of the match {@code [lo, hi]}. */
    private static boolean excepted(CompiledRule rule, List<WordTrie.Hit> hits, int lo, int hi) {
        for (int slot : rule.exceptions()) {
            for (WordTrie.Hit h : hits) {
                if (h.slot() == slot) {
                    int gap = h.firstWord() > hi ? h.firstWord() - hi : lo > h.lastWord() ? lo - h.lastWord() : 0;
                    if (gap <= rule.spec().within()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static WordTrie.Hit nearest(List<WordTrie.Hit> hits, int slot, WordTrie.Hit anchor, int within) {
        WordTrie.Hit found = null;
        int bestGap = Integer.MAX_VALUE;
        for (WordTrie.Hit h : hits) {
            if (h.slot() != slot) {
                continue;
            }
            int gap = h.firstWord() > anchor.lastWord() ? h.firstWord() - anchor.lastWord()
                    : anchor.firstWord() > h.lastWord() ? anchor.firstWord() - h.lastWord() : 0;
            if (gap <= within && gap < bestGap) {
                bestGap = gap;
                found = h;
            }
        }
        return found;
    }

    private void matchPatterns(TextView view, Refusals refusals, Map<String, Signal> best) {
        for (PatternIndex.Match m : patternIndex.match(view.text())) {
            if (refusals == null || !refusals.covers(m.start(), m.end())) {
                CompiledPattern p = patternRules.get(m.index());
                offer(best, new Signal(p.principleId(), p.spec().score(), view.evidence(m.start(), m.end())));
            }
        }
    }

    private static void offer(Map<String, Signal> best, Signal s) {
        Signal prev = best.get(s.principleId());
        if (prev == null || s.score() > prev.score()) {
            best.put(s.principleId(), s);
        }
    }
}

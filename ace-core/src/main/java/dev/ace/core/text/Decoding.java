package dev.ace.core.text;

import dev.ace.core.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the payloads encoded in a turn and turns each into a view, recursing into decoded text up
 * to {@link Found.Budget#MAX_DEPTH} decodings deep. Every view of a payload maps back to the span of
 * its outermost encoded run in the turn. Work is bounded by one {@link Found.Budget} per turn.
 */
final class Decoding {
    private final int turnIndex;
    private final Role role;
    private final int originalLength;
    private final List<TextView> views;
    private final Found.Budget budget = new Found.Budget();
    private Set<String> seen;

    Decoding(int turnIndex, Role role, int originalLength, List<TextView> views) {
        this.turnIndex = turnIndex;
        this.role = role;
        this.originalLength = originalLength;
        this.views = views;
    }

    /** Adds views for the payloads of the turn's original text. */
    void expand(String original) {
        expand(original, List.of(), -1, -1);
    }

    private void expand(String text, List<String> chain, int outerStart, int outerEnd) {
        for (Payload p : find(text, chain)) {
            List<String> decodings = append(chain, p.kind());
            int start = chain.isEmpty() ? p.start() : outerStart;
            int end = chain.isEmpty() ? p.end() : outerEnd;
            Buffer normalised = Normalization.normalize(p.text());
            String viewText = normalised.text();
            if (!viewText.isEmpty() && firstSight(viewText)) {
                views.add(new TextView(turnIndex, role, viewText, decodings,
                        OffsetMap.constant(viewText.length(), start, end, originalLength)));
            }
            if (decodings.size() < Found.Budget.MAX_DEPTH) {
                expand(p.text(), decodings, start, end);
            }
        }
    }

    private List<Payload> find(String text, List<String> chain) {
        Found found = new Found(budget);
        int candidates = Candidates.scan(text);
        if ((candidates & Candidates.BASE64) != 0) {
            Base64Runs.find(text, found);
        }
        if ((candidates & Candidates.HEX) != 0) {
            HexRuns.find(text, found);
        }
        PercentRuns.find(text, found);
        TagRuns.find(text, found);
        if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(Rot13Runs.KIND)) {
            Rot13Runs.find(text, found); // ROT13 of ROT13 is the text again
        }
        return found.inOrder();
    }

    private boolean firstSight(String viewText) {
        if (seen == null) {
            seen = new HashSet<>();
        }
        return seen.add(viewText);
    }

    private static List<String> append(List<String> chain, String kind) {
        List<String> out = new ArrayList<>(chain.size() + 1);
        out.addAll(chain);
        out.add(kind);
        return out;
    }
}

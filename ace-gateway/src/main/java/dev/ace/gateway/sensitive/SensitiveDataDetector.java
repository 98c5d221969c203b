package dev.ace.gateway.sensitive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sensitive data in text. Patterns are tried in order of specificity (secrets, cards, national
 * ids, e-mail, phone) and a later pattern never claims characters an earlier one matched, so a card
 * number is not also reported as a phone number. Stateless and thread-safe.
 */
public final class SensitiveDataDetector {
    private record Rule(SensitiveKind kind, Pattern pattern) {
    }

    /**
     * What one pass over the text found, to skip the rules that cannot match: every payment card, national id
     * and phone pattern needs a digit (a card 13), an e-mail needs '@', and every secret pattern needs one of
     * {@code - _ : =} or the literal prefix {@code AKIA}, {@code ASIA} or {@code AIza}. Hand-written because the
     * regular expressions scan every position of every prompt and answer (with look-behinds), which was 9 % of
     * the gateway's CPU samples under load; the pass is one loop over the characters.
     */
    private record Hints(int digits, boolean at, boolean secretMark) {
        static Hints of(String text) {
            int digits = 0;
            boolean at = false;
            boolean mark = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '@') {
                    at = true;
                } else if (c == '-' || c == '_' || c == ':' || c == '=') {
                    mark = true;
                }
            }
            if (!mark) {
                mark = text.contains("AKIA") || text.contains("ASIA") || text.contains("AIza");
            }
            return new Hints(digits, at, mark);
        }

        boolean mayMatch(SensitiveKind kind) {
            return switch (kind) {
                case SECRET -> secretMark;
                case PAYMENT_CARD -> digits >= 13;
                case NATIONAL_ID, PHONE -> digits > 0;
                case EMAIL -> at;
            };
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(SensitiveKind.SECRET, Pattern.compile(
                    "-----BEGIN [A-Z ]*PRIVATE KEY-----"
                            + "|\\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}"
                            + "|\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"
                            + "|\\bgh[pousr]_[A-Za-z0-9]{36,}"
                            + "|\\bxox[baprs]-[A-Za-z0-9-]{10,}"
                            + "|\\bAIza[0-9A-Za-z_-]{35}"
                            + "|(?i)\\b(?:api[_-]?key|secret|access[_-]?token|password)\\b\\s*[:=]\\s*[\"']?[^\\s\"']{8,}")),
            new Rule(SensitiveKind.PAYMENT_CARD, Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])")),
            new Rule(SensitiveKind.NATIONAL_ID, Pattern.compile(
                    "\\b(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}\\b" // US SSN
                            + "|\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b" // UK NI number
                            + "|\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b")), // IBAN
            new Rule(SensitiveKind.EMAIL, Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b")),
            new Rule(SensitiveKind.PHONE, Pattern.compile(
                    "(?<![\\w+])(?<!\\d[ .-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{2,4}[ .-])\\d{3,4}[ .-]?\\d{3,4}(?!\\w)(?![ .-]\\d)")));

    /** Every match in the text, in order of position. */
    public List<SensitiveMatch> find(String text) {
        return find(text, true);
    }

    /** {@link #find(String)}, optionally without skipping the rules that cannot match (to test the skipping). */
    List<SensitiveMatch> find(String text, boolean skipImpossible) {
        Hints hints = skipImpossible ? Hints.of(text) : null;
        if (hints != null && hints.digits == 0 && !hints.at && !hints.secretMark) {
            return new ArrayList<>();
        }
        List<SensitiveMatch> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Rule rule : RULES) {
            if (hints != null && !hints.mayMatch(rule.kind)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                if (rule.kind == SensitiveKind.PAYMENT_CARD && !luhn(m.group())) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                out.add(new SensitiveMatch(rule.kind, m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(SensitiveMatch::start));
        return out;
    }

    public boolean containsSensitive(String text) {
        return !find(text).isEmpty();
    }

    /** The text with every match replaced by its kind's placeholder. */
    public String redact(String text) {
        List<SensitiveMatch> matches = find(text);
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (SensitiveMatch m : matches) {
            sb.append(text, at, m.start()).append(m.kind().placeholder());
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** The Luhn (mod 10) check over the digits of a candidate card number. */
    static boolean luhn(String candidate) {
        int sum = 0;
        int digits = 0;
        boolean doubleIt = false;
        for (int i = candidate.length() - 1; i >= 0; i--) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            digits++;
            doubleIt = !doubleIt;
        }
        return digits >= 13 && digits <= 19 && sum % 10 == 0;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}

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
     * What one pass over the text found, to skip the rules that cannot match. Each condition is necessary for its
     * patterns, never sufficient:
     * <ul>
     *   <li>every card, national id and phone match is a run of the characters {@code 0-9 + ( ) space . -} holding
     *       enough digits: a card 13, a phone 8, a US SSN 9 and a UK NI number 6; an IBAN instead starts with two
     *       capital letters and two digits;</li>
     *   <li>an e-mail needs '@';</li>
     *   <li>a secret needs one of its literal prefixes, or ':' or '=' after one of the words {@code key},
     *       {@code secret}, {@code token} or {@code password} (any case).</li>
     * </ul>
     * Hand-written because the regular expressions scan every position of every prompt and answer (with
     * look-behinds): before any pre-check they were 9 % of the gateway's CPU samples under load, and with a check
     * that only asked for a digit, a hyphen or a colon (which most prompts have) still 14 % with prompts that vary;
     * this pass is one loop over the characters plus a few {@code String.contains}.
     */
    private record Hints(int runDigits, boolean ibanStart, boolean at, boolean secret) {
        static Hints of(String text) {
            int best = 0;
            int run = 0;
            boolean iban = false;
            boolean at = false;
            boolean assign = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    run++;
                    best = Math.max(best, run);
                    if (!iban && i >= 2 && i + 1 < text.length() && isUpper(text.charAt(i - 2))
                            && isUpper(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                        iban = true;
                    }
                    continue;
                }
                if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && c != '+') {
                    run = 0;
                }
                if (c == '@') {
                    at = true;
                } else if (c == ':' || c == '=') {
                    assign = true;
                }
            }
            return new Hints(best, iban, at, secretMayMatch(text, assign));
        }

        private static boolean secretMayMatch(String text, boolean assign) {
            if (text.contains("sk-") || text.contains("AKIA") || text.contains("ASIA") || text.contains("AIza")
                    || text.contains("xox") || text.contains("-----BEGIN")
                    || (text.indexOf('_') > 0 && text.contains("gh"))) {
                return true;
            }
            if (!assign) {
                return false;
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return lower.contains("key") || lower.contains("secret") || lower.contains("token")
                    || lower.contains("password");
        }

        private static boolean isUpper(char c) {
            return c >= 'A' && c <= 'Z';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        boolean nothing() {
            return runDigits < 6 && !ibanStart && !at && !secret;
        }

        boolean mayMatch(SensitiveKind kind) {
            return switch (kind) {
                case SECRET -> secret;
                case PAYMENT_CARD -> runDigits >= 13;
                case NATIONAL_ID -> runDigits >= 6 || ibanStart;
                case PHONE -> runDigits >= 8;
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
        if (hints != null && hints.nothing()) {
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

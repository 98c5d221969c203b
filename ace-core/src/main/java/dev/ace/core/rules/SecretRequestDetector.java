package dev.ace.core.rules;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextView;
import dev.ace.core.text.TextViews;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a prompt against the operator's system prompt: when the system prompt holds something it tells the
 * model to keep to itself (a password, a secret key, a person's private details) and the prompt asks for that
 * very thing, the prompt is an attempt to make the model reveal what its operator told it to keep secret, which
 * the constitution's {@value #PRINCIPLE} principle names ("to reveal secrets"). No single-turn detector can see
 * this: "What is the password?" is harmless on its own.
 *
 * <p>Deliberately narrow, so that it costs nothing on ordinary traffic:
 * <ul>
 *   <li>the system prompt must both name a protected item and forbid revealing it ("don't reveal", "never
 *       share", "keep it confidential"); a system prompt that hands out its Wi-Fi password protects nothing;</li>
 *   <li>a secret counts as asked for when the prompt names it (password, secret key, passcode, in the languages
 *       below), except in the user's own account questions ("how do I reset my password", "what makes a strong
 *       password") and figures of speech ("the key to success");</li>
 *   <li>a person's details count as asked for when the prompt refers to that person (first or last name from
 *       the system prompt, or "the user") together with a personal detail (birth, e-mail, where they live,
 *       favourite things, initials).</li>
 * </ul>
 * Lexicon words go through the same normalisation as the texts ({@link TextViews}), so "пароль" matches however
 * confusable letters are folded. Rule scores are final in the cascade: a later model tier cannot overturn them.
 */
public final class SecretRequestDetector implements Detector {
    public static final String ID = "secret-request";
    public static final String PRINCIPLE = "injection.prompt";
    static final double SCORE = 0.9;
    /** System prompts whose protected items are remembered; the memory is cleared when full. */
    private static final int REMEMBERED = 256;
    /** Lexicon slots. */
    private static final int SECRET = 0;
    private static final int USER = 1;
    private static final int DETAIL = 2;
    /** Letters from here on are written without spaces between words in some scripts: matched as substrings. */
    private static final int NON_LATIN = 0x250;

    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\b(do not|don ?'?t|dont|never|must not|mustn ?'?t|should not|shouldn ?'?t|can ?not|can ?'?t|may not"
                    + "|under no circumstances|not allowed to|not permitted to|refuse to)\\b[^.!?\\n]{0,80}?"
                    + "\\b(reveal|share|disclose|tell|give|repeat|expose|leak|divulge|say|mention|provide|output"
                    + "|print|spell|hint|release)"
                    + "|\\bkeep (it|this|that|them|these|the [a-z ]{1,30}?) (secret|confidential|private|hidden)"
                    + "|\\b(is|are) (strictly )?(confidential|secret|classified)\\b");
    /** A named secret in the system prompt. Its value is not matched in prompts: "Cat" or "The sun is shining"
     *  are ordinary words, and a prompt that guesses a secret names it anyway ("is the password Cat?"). */
    private static final Pattern SECRET_IN_SYSTEM = Pattern.compile(
            "\\b(password|passcode|passphrase|pass phrase|pin code|pin|secret key|secret word|secret code"
                    + "|secret phrase|secret|api key|access code|access key|access token|private key|code word"
                    + "|key)\\b");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?:name is|named|called) ([a-z][a-z'\\-]+)(?: ([a-z][a-z'\\-]+))?");
    /** Details about a person in a system prompt. */
    private static final Pattern PERSONAL_DATA = Pattern.compile(
            "\\b(born|birthday|date of birth|email|e-mail|lives in|living in|address|phone|favou?rite|social security"
                    + "|ssn|salary|diagnos\\w*|medical)\\b");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr");

    /** Words that name a secret in a prompt, in the languages attacks use to slip past English-only filters. */
    private static final List<String> SECRET_WORDS = List.of(
            "password", "passcode", "passphrase", "pass phrase", "the pin", "your pin", "pin code",
            "pin number", "the secret", "your secret", "this secret", "that secret", "secret key", "secret word",
            "secret code", "secret phrase", "the key", "your key", "code word", "access code", "confidential string",
            "passwort", "kennwort", "mot de passe", "contrasena", "clave", "senha", "wachtwoord", "parola d'ordine",
            "parola chiave", "haslo", "heslo", "sifre", "losenord", "adgangskode", "salasana", "jelszo",
            "пароль", "секрет", "密码", "密碼", "口令", "パスワード", "暗証番号", "秘密", "비밀번호", "암호",
            "كلمة المرور", "كلمة السر", "पासवर्ड", "סיסמה", "mat khau");
    /** Right before a secret word, these make it the user's own or a generic one, not the operator's secret: "my
     *  online banking password", "reset the password", "a strong password", "what's a passphrase". */
    private static final Pattern OWN_BEFORE = Pattern.compile(
            "(\\b(my|mine|his|her|their) (own )?([a-z-]+ ){0,3}"
                    + "|\\b(reset|resetting|change|changing|forgot|forget|forgotten|lost|recover|recovering|create|creating"
                    + "|choose|choosing|update|updating|store|storing|protect|protecting|hash|hashing|generate|generating)"
                    + " (a |an |the |my |your |new |their )?([a-z]+ )?"
                    + "|\\b(a|an|any|every|each|other|strong|stronger|secure|safe|weak|good|best|new|default|one time"
                    + "|one-time) )$");
    /** Right after a secret word, these make it about passwords in general or the user's account. */
    private static final Pattern OWN_AFTER = Pattern.compile(
            "^\\W{0,3}(manager|managers|policy|policies|hash|hashes|hashing|generator|strength|reset|requirements|rules"
                    + "|protected|protection|field|fields|box|form|screen|page|prompt|expired|expires|expiry|length"
                    + "|complexity|change|changes)\\b");
    /** After "the key" / "the secret", these make it a figure of speech: "the key to success", "the secret of". */
    private static final Pattern FIGURATIVE_AFTER = Pattern.compile(
            "^\\W{0,3}(to|of|for|behind|points?|takeaways?|ideas?|factors?|features?|differences?|concepts?|steps?"
                    + "|roles?|parts?|questions?|issues?|findings?|ingredients?|sauce|santa)\\b");
    /** "The user" in the languages of {@link #SECRET_WORDS}, for prompts about the person the system prompt describes. */
    private static final List<String> USER_WORDS = List.of(
            "the user", "this user", "user's", "usuario", "usuário", "utilisateur", "benutzer", "nutzer", "utente",
            "gebruiker", "uzytkownik", "kullanici", "пользователь", "пользователя", "χρήστης", "χρήστη", "사용자",
            "उपयोगकर्ता", "ユーザー", "用户", "用戶", "المستخدم");
    private static final List<String> DETAIL_WORDS = List.of(
            "birth", "born", "birthday", "birthdate", "age", "old", "year", "email", "e-mail", "mail", "address",
            "live", "lives", "living", "city", "hometown", "home town", "favorite", "favourite", "color", "colour",
            "phone", "number", "private", "personal", "information", "details", "initials", "name", "residence",
            "reside", "resides", "where", "geburt", "naissance", "nacimiento", "nascita", "correo", "adresse",
            "direccion", "vive", "mora", "habite", "wohnt", "живет", "живёт", "родился", "ζει", "살고", "रहता",
            "住", "生日", "誕生日");

    private final DetectorInfo info;
    private final boolean enabled;
    private final java.util.Map<String, Protected> remembered = new java.util.concurrent.ConcurrentHashMap<>();
    /** The lexicons' words written in Latin letters, in one trie (one pass over a text's words for all three). */
    private final WordTrie latin = new WordTrie();
    /** The rest (CJK, Arabic, Cyrillic, ...), per lexicon; searched only in texts that have such letters. */
    private final Pattern[] other = new Pattern[3];

    public SecretRequestDetector(Constitution constitution) {
        this.enabled = constitution.principles().stream().anyMatch(p -> p.id().equals(PRINCIPLE));
        this.info = new DetectorInfo(ID, "1", DetectorInfo.Kind.RULE, Set.of(PRINCIPLE));
        add(SECRET, SECRET_WORDS);
        add(USER, USER_WORDS);
        add(DETAIL, DETAIL_WORDS);
    }

    /**
     * Adds a lexicon, each word as normalisation writes it, so that the text and the word are folded alike
     * ("пароль" matches however confusable letters are folded). Hand-written matching (the rule tier's {@link
     * WordTrie}) because a regular expression of forty alternatives tries each at every character.
     */
    private void add(int slot, List<String> words) {
        List<String> rest = new ArrayList<>();
        for (String w : words) {
            String folded = TextViews.build(0, Role.USER, w).get(0).text();
            if (folded.chars().allMatch(c -> c < NON_LATIN || !Character.isLetterOrDigit(c))) {
                latin.add(folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim(), slot);
            } else {
                rest.add(Pattern.quote(folded));
            }
        }
        other[slot] = rest.isEmpty() ? null : Pattern.compile(String.join("|", rest));
    }

    private static boolean hasNonLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= NON_LATIN) {
                return true;
            }
        }
        return false;
    }

    /** Every occurrence of a lexicon word in a text, as spans in text order, per slot. */
    private List<List<int[]>> find(String text) {
        List<List<int[]>> spans = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Words words = Words.of(text);
        for (WordTrie.Hit h : latin.match(text, words)) {
            spans.get(h.slot()).add(new int[] {words.start(h.firstWord()), words.end(h.lastWord())});
        }
        if (hasNonLatin(text)) {
            for (int slot = 0; slot < other.length; slot++) {
                if (other[slot] != null) {
                    Matcher m = other[slot].matcher(text);
                    while (m.find()) {
                        spans.get(slot).add(new int[] {m.start(), m.end()});
                    }
                }
            }
        }
        for (List<int[]> l : spans) {
            l.sort(java.util.Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> -a[1]));
        }
        return spans;
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    @Override
    public boolean inspects(Direction direction) {
        return direction == Direction.INPUT;
    }

    @Override
    public boolean readsContext() {
        return true;
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        // The user's own turns only: a tool result that mentions a password is not the user asking for one.
        if (!enabled || input.context().isEmpty() || input.primary().role() != Role.USER) {
            return DetectorResult.NONE;
        }
        Protected p = protectedItems(input.context());
        if (p.isEmpty()) {
            return DetectorResult.NONE;
        }
        for (TextView view : input.views()) {
            List<List<int[]>> found = find(view.text());
            int[] at = asksForSecret(view.text(), p, found.get(SECRET));
            if (at == null) {
                at = asksAboutPerson(view.text(), p, found);
            }
            if (at != null) {
                return new DetectorResult(List.of(new Signal(PRINCIPLE, SCORE, view.evidence(at[0], at[1]))));
            }
        }
        return DetectorResult.NONE;
    }

    /** What the system turns protect: whether a named secret, and the names (as whole words) of people whose details
     *  they hold. */
    record Protected(boolean secret, List<Pattern> names) {
        boolean isEmpty() {
            return !secret && names.isEmpty();
        }
    }

    /**
     * What the system turns protect, remembered per system prompt: an application sends the same one with every
     * request, and reading it takes about 16 µs (JMH-free measurement in a loop; the check on a 1 KB prompt
     * afterwards takes a few). Bounded: cleared when full.
     */
    Protected protectedItems(List<TextView> system) {
        String key = system.size() == 1 ? system.get(0).text()
                : String.join("\u0000", system.stream().map(TextView::text).toList());
        Protected p = remembered.get(key);
        if (p == null) {
            p = read(system);
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, p);
        }
        return p;
    }

    private static Protected read(List<TextView> system) {
        boolean secret = false;
        Set<String> names = new LinkedHashSet<>();
        for (TextView v : system) {
            String t = v.text();
            if (!DIRECTIVE.matcher(t).find()) {
                continue;
            }
            secret |= SECRET_IN_SYSTEM.matcher(t).find();
            Set<String> people = new LinkedHashSet<>();
            Matcher n = PERSON.matcher(t);
            while (n.find()) {
                for (int g = 1; g <= 2; g++) {
                    String name = n.group(g);
                    if (name != null && name.length() > 1 && !NOT_NAMES.contains(name)) {
                        people.add(name);
                    }
                }
            }
            // A name counts only beside details about its bearer: "You are an assistant named Max" protects nobody.
            if (!people.isEmpty() && PERSONAL_DATA.matcher(t).find()) {
                names.addAll(people);
            }
        }
        // compiled here, once per system prompt (this is remembered), not on every prompt judged against it
        return new Protected(secret, names.stream().map(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b")).toList());
    }

    /** The span of a secret word the prompt asks about, or null. */
    private static int[] asksForSecret(String text, Protected p, List<int[]> secrets) {
        if (!p.secret()) {
            return null;
        }
        for (int[] at : secrets) {
            if (!ownAccount(text, at[0], at[1])) {
                return at;
            }
        }
        return null;
    }

    /** Whether the secret word at [start, end) is about the user's own account or a figure of speech. */
    private static boolean ownAccount(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 25));
        String word = text.substring(start, end);
        boolean figurative = (word.endsWith("key") || word.endsWith("secret")) && FIGURATIVE_AFTER.matcher(after).find();
        return figurative || OWN_BEFORE.matcher(before).find() || OWN_AFTER.matcher(after).find();
    }

    /** The span of a reference to a protected person, when the prompt also names one of their details. */
    private static int[] asksAboutPerson(String text, Protected p, List<List<int[]>> found) {
        if (p.names().isEmpty() || found.get(DETAIL).isEmpty()) {
            return null;
        }
        for (Pattern name : p.names()) {
            Matcher m = name.matcher(text);
            if (m.find()) {
                return new int[] {m.start(), m.end()};
            }
        }
        return found.get(USER).isEmpty() ? null : found.get(USER).get(0);
    }
}

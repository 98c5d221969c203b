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
 *       below), except in the user's own account questions ("how do I reset my password",
 *       "what makes a strong password");</li>
 *   <li>a person's details count as asked for when the prompt refers to that person (first or last name from
 *       the system prompt, or "the user") together with one of the details the system prompt holds (birth,
 *       e-mail, where they live, favourite things).</li>
 * </ul>
 * Lexicon words go through the same normalisation as the texts ({@link TextViews}), so "пароль" matches however
 * confusable letters are folded. Rule scores are final in the cascade: a later model tier cannot overturn them.
 */
public final class SecretRequestDetector implements Detector {
    public static final String ID = "secret-request";
    public static final String PRINCIPLE = "injection.prompt";
    static final double SCORE = 0.9;

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
            "password", "passwords", "passcode", "passphrase", "pass phrase", "pin", "pin code", "secret", "secret key",
            "secret word", "secret code", "the key", "your key", "code word", "access code", "confidential string",
            "passwort", "kennwort", "mot de passe", "contrasena", "clave", "senha", "wachtwoord", "parola d'ordine",
            "parola chiave", "haslo", "heslo", "sifre", "losenord", "adgangskode", "salasana", "jelszo", "parola",
            "пароль", "секрет", "密码", "密碼", "口令", "パスワード", "暗証番号", "秘密", "비밀번호", "암호",
            "كلمة المرور", "كلمة السر", "पासवर्ड", "סיסמה", "mat khau");
    /** Right before a secret word, these mean the user's own account, not the operator's secret: "my password",
     *  "reset the password", "a strong password". */
    private static final Pattern OWN_BEFORE = Pattern.compile(
            "(\\b(my|mine|his|her|their) (own )?([a-z]+ )?"
                    + "|\\b(reset|resetting|change|changing|forgot|forget|forgotten|lost|recover|recovering|create|creating"
                    + "|choose|choosing|update|updating|store|storing|protect|protecting|hash|hashing|generate|generating)"
                    + " (a |an |the |my |your |new |their )?([a-z]+ )?"
                    + "|\\b(strong|stronger|secure|safe|weak|good|best|new|default|one time|one-time) )$");
    private static final Pattern OWN_AFTER = Pattern.compile(
            "^\\W{0,3}(manager|managers|policy|policies|hash|hashes|hashing|generator|strength|reset|requirements|rules"
                    + "|protected|protection)\\b");
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
    private final List<Pattern> secretWords;
    private final List<Pattern> detailWords;
    private final List<Pattern> userWords;

    public SecretRequestDetector(Constitution constitution) {
        this.enabled = constitution.principles().stream().anyMatch(p -> p.id().equals(PRINCIPLE));
        this.info = new DetectorInfo(ID, "1", DetectorInfo.Kind.RULE, Set.of(PRINCIPLE));
        this.secretWords = SECRET_WORDS.stream().map(SecretRequestDetector::wordPattern).toList();
        this.detailWords = DETAIL_WORDS.stream().map(SecretRequestDetector::wordPattern).toList();
        this.userWords = USER_WORDS.stream().map(SecretRequestDetector::wordPattern).toList();
    }

    /** The word as normalisation writes it, matched whole where it is written in letters that have word edges. */
    private static Pattern wordPattern(String word) {
        String w = TextViews.build(0, Role.USER, word).get(0).text();
        boolean latin = w.chars().allMatch(c -> c < 0x250 || Character.isWhitespace(c));
        return Pattern.compile(latin ? "\\b" + Pattern.quote(w) + "\\b" : Pattern.quote(w));
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
            int[] at = asksForSecret(view.text(), p);
            if (at == null) {
                at = asksAboutPerson(view.text(), p);
            }
            if (at != null) {
                return new DetectorResult(List.of(new Signal(PRINCIPLE, SCORE, view.evidence(at[0], at[1]))));
            }
        }
        return DetectorResult.NONE;
    }

    /** What the system turns protect: whether a named secret, and the names of people whose details they hold. */
    record Protected(boolean secret, Set<String> names) {
        boolean isEmpty() {
            return !secret && names.isEmpty();
        }
    }

    Protected protectedItems(List<TextView> system) {
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
        return new Protected(secret, names);
    }

    /** The span of a secret word or value the prompt asks about, or null. */
    private int[] asksForSecret(String text, Protected p) {
        if (!p.secret()) {
            return null;
        }
        for (Pattern w : secretWords) {
            Matcher m = w.matcher(text);
            while (m.find()) {
                if (!ownAccount(text, m.start(), m.end())) {
                    return new int[] {m.start(), m.end()};
                }
            }
        }
        return null;
    }

    private static boolean ownAccount(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 25));
        return OWN_BEFORE.matcher(before).find() || OWN_AFTER.matcher(after).find();
    }

    /** The span of a reference to a protected person, when the prompt also names one of their details. */
    private int[] asksAboutPerson(String text, Protected p) {
        if (p.names().isEmpty()) {
            return null;
        }
        int[] who = null;
        for (String name : p.names()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            if (m.find()) {
                who = new int[] {m.start(), m.end()};
                break;
            }
        }
        for (int i = 0; who == null && i < userWords.size(); i++) {
            Matcher m = userWords.get(i).matcher(text);
            if (m.find()) {
                who = new int[] {m.start(), m.end()};
            }
        }
        if (who == null) {
            return null;
        }
        for (Pattern d : detailWords) {
            if (d.matcher(text).find()) {
                return who;
            }
        }
        return null;
    }
}

package dev.ace.models.linear;

import dev.ace.models.data.LabeledText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model's outputs and how a labelled record maps onto them. Every unsafe record is a positive for
 * {@link #ANY}; it is also a positive for one principle when its source category (or, for sources without a
 * usable category, an unambiguous keyword) says which. Project-authored examples carry the principle id as
 * their category.
 */
public final class Labels {
    /** The "any unsafe" output. */
    public static final String ANY = "any";

    /** The principles of the default constitution that the model scores. */
    public static final List<String> PRINCIPLES = List.of(
            "bio.weapons-uplift", "chem.weapons-uplift", "nuclear.radiological-weapons", "cyber.offensive",
            "violence.crime-weapons", "drugs.illicit", "self-harm", "sexual.minors", "hate.harassment", "sexual.explicit",
            "fraud.scams", "privacy.personal-data", "misinformation.disinformation", "ip.copyright",
            "jailbreak.attempt", "injection.prompt");

    /** Output order: {@link #ANY} first, then {@link #PRINCIPLES}. */
    public static final List<String> OUTPUTS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(ANY), PRINCIPLES.stream()).toList();

    private static final List<Keyword> KEYWORDS = List.of(
            kw("sexual.minors", "\\b(child|children|minor|minors|underage|kid|kids|teen|preteen)\\b.*\\b(sex|sexual|nude|porn|explicit|groom)|\\b(groom|grooming)\\b|\\bcsam\\b|\\bchild porn"),
            kw("bio.weapons-uplift", "\\b(bioweapon|biological weapon|anthrax|bacillus|smallpox|botulinum|botulism|pathogen|plague|ebola|virus(es)? (to|that) (infect|spread|kill)|pandemic|ricin|weaponi[sz]e (a |the )?(virus|bacteri|disease|germ)|germ warfare|toxin)"),
            kw("chem.weapons-uplift", "\\b(chemical weapon|nerve agent|sarin|vx\\b|tabun|soman|mustard gas|chlorine gas|phosgene|toxic gas|poison gas|novichok|cyanide)"),
            kw("nuclear.radiological-weapons", "\\b(nuclear|uranium|plutonium|radiological|dirty bomb|radioactive|enrich)"),
            kw("self-harm", "\\b(suicide|kill myself|self[- ]harm|cut myself|hurt myself|end my life|starve myself|anorexi)"),
            kw("cyber.offensive", "\\b(hack|hacking|malware|ransomware|keylogger|botnet|ddos|exploit|phish|trojan|rootkit|virus that|computer virus|sql injection|backdoor|crack (a |the )?password|spyware|worm)"),
            kw("fraud.scams", "\\b(scam|fraud|counterfeit|ponzi|launder|money laundering|fake (id|review|invoice)|identity theft|embezzl|insider trading|tax evasion|forg(e|ery))"),
            kw("privacy.personal-data", "\\b(dox|doxx|home address|social security number|personal information|track (someone|a person|my)|stalk|spy on|private data|location of)"),
            kw("misinformation.disinformation", "\\b(fake news|misinformation|disinformation|propaganda|conspiracy theor|hoax|defamat|libel|false (claim|story|rumou?r|information)|fabricated)"),
            kw("ip.copyright", "\\b(lyrics|pirat|torrent|keygen|drm\\b|copyrighted|paywall|cracked (version|software|copy))"),
            kw("hate.harassment", "\\b(racist|racism|hate speech|harass|bully|bullying|slur|inferior|discriminat|antisemit|sexist|homophob|xenophob)"),
            kw("sexual.explicit", "\\b(porn|pornograph|erotic|explicit sex|sexually explicit|nude|sex scene|sexual)"),
            kw("drugs.illicit", "\\b(drugs?|meth|methamphetamine|cocaine|heroin|fentanyl|mdma|lsd|opioids?|narcotics?|get(ting)? high|without a prescription)\\b"),
            kw("violence.crime-weapons", "\\b(bomb\\w*|explosives?|guns?|gunm[ae]n|firearms?|weapon\\w*|kill\\w*|murder\\w*|assassinat\\w*|poison\\w*|shoot\\w*|stab|stabs|stabb\\w*|kidnap\\w*|tortur\\w*|terror\\w*|attack\\w*|steal\\w*|stole|stolen|theft|rob|robs|robb\\w*|burglar\\w*|traffick\\w*|arson)\\b"));

    private Labels() {
    }

    /** The principle an unsafe record is a positive for, if its category or text says so unambiguously. */
    public static Optional<String> principleOf(LabeledText r) {
        if (!r.unsafe()) {
            return Optional.empty();
        }
        String cat = r.category().toLowerCase(Locale.ROOT);
        if (PRINCIPLES.contains(r.category())) {
            return Optional.of(r.category());
        }
        String file = r.file().toLowerCase(Locale.ROOT);
        if (file.startsWith("cyberseceval_mitre") || file.startsWith("cyberseceval_interpreter")) {
            return Optional.of("cyber.offensive");
        }
        if (file.startsWith("cyberseceval_prompt_injection")) {
            return Optional.of("injection.prompt");
        }
        if (file.startsWith("jailbreakhub")) {
            return Optional.of("jailbreak.attempt");
        }
        Optional<String> byCategory = byCategory(cat);
        return byCategory.isPresent() ? byCategory : byKeyword(r.text());
    }

    private static Optional<String> byCategory(String cat) {
        if (cat.isEmpty()) {
            return Optional.empty();
        }
        String p = null;
        if (cat.contains("cybercrime") || cat.contains("malware")) {
            p = "cyber.offensive";
        } else if (cat.contains("sexual exploitation") || cat.contains("online predation")) {
            p = "sexual.minors";
        } else if (cat.contains("self-harm")) {
            p = "self-harm";
        } else if (cat.contains("terrorism") || cat.contains("weapon making") || cat.contains("assault")
                || cat.equals("violence") || cat.contains("human trafficking") || cat.contains("theft and robbery")
                || cat.contains("illegal activity|weapon")
                || cat.startsWith("child abuse")) {
            p = "violence.crime-weapons";
        } else if (cat.contains("illegal activity|drug") || cat.equals("drugs")) {
            p = "drugs.illicit";
        } else if (cat.startsWith("hate") || cat.contains("harassment") || cat.contains("cyberbullying")) {
            p = "hate.harassment";
        } else if (cat.startsWith("economic harm") || cat.startsWith("fraud")) {
            p = "fraud.scams";
        } else if (cat.startsWith("privacy")) {
            p = "privacy.personal-data";
        } else if (cat.startsWith("adult content") || cat.equals("pornography") || cat.equals("sexual content")) {
            p = "sexual.explicit";
        } else if (cat.startsWith("misinformation") || cat.startsWith("disinformation")) {
            p = "misinformation.disinformation";
        } else if (cat.startsWith("copyright")) {
            p = "ip.copyright";
        }
        return Optional.ofNullable(p);
    }

    /** The first principle whose keywords the text contains (most specific principles are tried first). */
    static Optional<String> byKeyword(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Keyword k : KEYWORDS) {
            if (k.pattern.matcher(t).find()) {
                return Optional.of(k.principle);
            }
        }
        return Optional.empty();
    }

    private static Keyword kw(String principle, String regex) {
        return new Keyword(principle, Pattern.compile(regex));
    }

    private record Keyword(String principle, Pattern pattern) {
    }
}

#!/usr/bin/env python3
"""Slovak (sk) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/sk.tsv from the hand-written lists in data/; the output
is the same on every run (lists are read in order, the first entry for a key wins, keys equal to their English
are left out).

  words.txt  key<TAB>english                 function words, pronouns, numbers, adverbs, phrases (<= 4 words)
  harm.txt   key<TAB>english                 harm vocabulary: whole words and phrases
  nouns.txt  lemma<TAB>pattern[:stem]<TAB>english[|plural]<TAB>[more,forms]
  verbs.txt  infinitive<TAB>3sg present<TAB>english<TAB>[more,forms]   (3sg '-' = only the infinitive and more forms)
  adj.txt    masculine<TAB>english<TAB>[more,forms]
  stems.txt  stem*<TAB>english

Noun patterns are the school paradigms: chlap, hrdina, dub, stroj, zena (žena), ulica, dlan (dlaň), kost (kosť),
mesto, srdce, vysvedcenie, dievca (dievča); '=' keeps only the lemma and the listed forms. ':stem' gives the
oblique stem when it differs from the lemma (pes -> ps-, deň -> dň-, otec -> otc-).
Verbs: the present is built from the 3rd person singular (robí, volá, píše, pracuje), the past (-l, -la, -lo, -li)
and the passive participle from the infinitive, the imperative from the present stem; every finite form also gets
its negative with ne-. Adjectives: hard (-ý/-y), soft (-í) by the ending, short endings after a long syllable.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)

OUT = glosslib.lexicon_path("sk")
LONG = "áéíóúýôŕĺ"
VOWEL = "aäeiouyáéíóúýô"
LENGTHEN = {"a": "á", "e": "ie", "i": "í", "o": "ô", "u": "ú", "y": "ý", "ä": "ia"}
SOFTEN_PL = [("ch", "si"), ("k", "ci"), ("h", "zi"), ("g", "gi"), ("r", "ri")]
SOFT_CONS = {"d": "ď", "t": "ť", "n": "ň", "l": "ľ"}


def has_long(stem):
    """Whether the last syllable of stem is long (the rhythmic law then shortens the ending)."""
    tail = stem.rstrip("bcčdďfghjklĺľmnňpqrŕsštťvwxzž")
    if not tail:
        return False
    return tail[-1] in LONG or tail[-2:] in ("ia", "ie", "iu")


def gen_plural(stem):
    """Genitive plural of the feminine/neuter hard types: a lengthened last vowel, or -ie- in a final cluster."""
    if len(stem) >= 2 and stem[-1] not in VOWEL and stem[-2] not in VOWEL:
        return [stem[:-1] + "ie" + stem[-1], stem]
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in VOWEL:
            if stem[i] in LENGTHEN and not has_long(stem):
                return [stem[:i] + LENGTHEN[stem[i]] + stem[i + 1:]]
            return [stem]
    return [stem]


def noun_forms(lemma, pattern):
    """(singular forms, plural forms) of lemma in the given pattern."""
    pat, _, stem = pattern.partition(":")
    if pat == "=":
        return [lemma], []
    short = has_long(stem or lemma)
    if pat in ("chlap", "dub", "stroj"):
        s = stem or lemma
        if pat == "chlap":
            nom_pl = [s + "ovia", s + "i"]
            for end, rep in SOFTEN_PL:
                if s.endswith(end):
                    nom_pl = [s[:-len(end)] + rep, s + "ovia"]
                    break
            return ([lemma, s + "a", s + "ovi", s + "om"],
                    nom_pl + [s + "ov", s + "om", s + "och", s + "mi", s + "ami"])
        if pat == "dub":
            loc = s + "u" if s[-1:] in "kgh" or s.endswith("ch") else s + "e"
            return [lemma, s + "a", s + "u", loc, s + "om"], [s + "y", s + "ov", s + "om", s + "och", s + "mi",
                                                             s + "ami"]
        return [lemma, s + "a", s + "u", s + "i", s + "om"], [s + "e", s + "ov", s + "om", s + "och", s + "mi",
                                                             s + "ami"]
    if pat == "hrdina":
        s = stem or lemma[:-1]
        return [lemma, s + "u", s + "ovi", s + "om"], [s + "ovia", s + "ov", s + "om", s + "och", s + "ami"]
    if pat == "zena":
        s = stem or lemma[:-1]
        am, ach = ("am", "ach") if short else ("ám", "ách")
        return [lemma, s + "y", s + "e", s + "u", s + "ou"], [s + "y", s + am, s + ach, s + "ami"] + gen_plural(s)
    if pat == "ulica":
        s = stem or lemma[:-1]
        return [lemma, s + "e", s + "i", s + "u", s + "ou"], [s + "e", s + "iam", s + "iach", s + "ami"] + \
            gen_plural(s)
    if pat in ("dlan", "kost"):
        s = stem or lemma
        sg = [lemma, s + ("e" if pat == "dlan" else "i"), s + "i", s + "ou"]
        return sg, [s + "e", s + "i", s + "í", s + "iam", s + "iach", s + "ami", s + "ami"]
    if pat == "mesto":
        s = stem or lemma[:-1]
        a, am, ach = ("a", "am", "ach") if short else ("á", "ám", "ách")
        loc = s + "u" if s[-1:] in "kgh" or s.endswith("ch") else s + "e"
        return [lemma, s + "a", s + "u", loc, s + "om"], [s + a, s + am, s + ach, s + "ami"] + gen_plural(s)
    if pat == "srdce":
        s = stem or lemma[:-1]
        return [lemma, s + "a", s + "u", s + "i", s + "om"], [s + "ia", s + "iam", s + "iach", s + "ami"] + \
            gen_plural(s)
    if pat == "vysvedcenie":
        s = stem or lemma[:-2]
        return [lemma, s + "ia", s + "iu", s + "í", s + "ím"], [s + "ia", s + "iam", s + "iach", s + "iami"]
    if pat == "dievca":
        s = stem or lemma[:-1]
        return ([lemma, s + "aťa", s + "aťu", s + "ati", s + "aťom"],
                [s + "atá", s + "at", s + "atám", s + "atách", s + "atami", s + "ence", s + "eniec", s + "encom",
                 s + "encoch", s + "encami"])
    raise SystemExit("unknown noun pattern %r for %r" % (pattern, lemma))


# ---------------------------------------------------------------- verbs

def present(p3):
    """The six present forms (1sg, 2sg, 3sg, 1pl, 2pl, 3pl) from the 3rd person singular."""
    if p3.endswith("í") or p3.endswith("i"):
        s = p3[:-1]
        return [p3 + "m", p3 + "š", p3, p3 + "me", p3 + "te", s + "ia"]
    if p3.endswith("á") or p3.endswith("a"):
        s = p3[:-1]
        return [p3 + "m", p3 + "š", p3, p3 + "me", p3 + "te", s + "ajú"]
    if p3.endswith("ie"):
        s = p3[:-2]
        return [p3 + "m", p3 + "š", p3, p3 + "me", p3 + "te", s + "ú"]
    if p3.endswith("e"):
        s = p3[:-1]
        pl = s + ("u" if has_long(s) else "ú")
        return [p3 + "m", p3 + "š", p3, p3 + "me", p3 + "te", pl]
    raise SystemExit("unknown present type %r" % p3)


def imperative(p3):
    """The 2nd person singular imperative."""
    if p3.endswith("á") or p3.endswith("a"):
        return p3[:-1] + "aj"
    if p3.endswith("uje"):
        return p3[:-3] + "uj"
    if p3.endswith("ie"):
        s = p3[:-2]
    elif p3[-1:] in ("e", "í", "i"):
        s = p3[:-1]
    else:
        return None
    if len(s) >= 2 and s[-1] not in VOWEL and s[-2] not in VOWEL and s[-1] != "j":
        return s + "i"
    if p3[-1:] in ("í", "i") and s[-1:] in SOFT_CONS:
        return s[:-1] + SOFT_CONS[s[-1]]
    return s


def past(inf):
    if inf.endswith("ieť"):
        return inf[:-3] + "el"
    if inf.endswith("ť"):
        return inf[:-1] + "l"
    return None


def participle(inf, p3):
    """The passive participle stem (+ý/á/é/í): napísaný, urobený, zabitý, zatvorený."""
    if inf.endswith("nuť") or inf.endswith("núť") or p3[-3:] in ("ije", "yje"):
        return inf[:-3] + "nut" if inf.endswith("núť") else inf[:-1] + "t"
    if inf.endswith("ať") or inf.endswith("ieť"):
        return inf[:-1] + "n"
    if inf.endswith("iť"):
        return inf[:-2] + "en"
    return None


def verb_entries(inf, p3, en, extra):
    """(key, english) pairs for one verb: infinitive, present, past, imperative, participle, negatives."""
    out = [(inf, en)]
    if p3 != "-":
        pres = present(p3)
        subj = ["i ", "you ", "", "we ", "you ", "they "]
        for form, who in zip(pres, subj):
            out.append((form, who + en))
        imp = imperative(p3)
        if imp:
            plural = imp + ("te" if imp[-1] != "i" else "te")
            out += [(imp, en), (plural, en), (imp + "me", "let us " + en)]
            out += [("ne" + imp, "do not " + en), ("ne" + plural, "do not " + en)]
        for form, who in zip(pres, subj):
            out.append(("ne" + form, who + "not " + en))
    pst = past(inf)
    if pst:
        for end in ("", "a", "o", "i"):
            out.append((pst + end, en))
            out.append(("ne" + pst + end, "not " + en))
    part = participle(inf, p3)
    if part:
        for end in ("ý", "á", "é", "í", "ého", "ej", "ú", "ých", "ým"):
            out.append((part + end, en))
        out.append((part + "ie", en))
    out.append(("ne" + inf, "not " + en))
    for form in extra:
        out.append((form, en))
    return out


# ---------------------------------------------------------------- adjectives

def adj_forms(m):
    if m.endswith("í"):
        s = m[:-1]
        ends = ["í", "ieho", "iemu", "om", "ím", "ia", "ej", "iu", "ou", "ie", "ích", "ími"]
        return [s + e for e in ends]
    if m.endswith("ý") or m.endswith("y"):
        s = m[:-1]
        if m.endswith("y"):
            ends = ["y", "eho", "emu", "om", "ym", "a", "ej", "u", "ou", "e", "i", "ych", "ymi"]
        else:
            ends = ["ý", "ého", "ému", "om", "ým", "á", "ej", "ú", "ou", "é", "í", "ých", "ými"]
        forms = [s + e for e in ends]
        for end, rep in (("ck", "c"), ("sk", "sk"), ("ch", "s"), ("k", "c"), ("h", "z")):
            if s.endswith(end):
                forms.append(s[:-len(end)] + rep + ("i" if m.endswith("y") else "í"))
                break
        return forms
    return [m]


# ---------------------------------------------------------------- main

def main():
    entries = {}

    def add(key, en):
        key = key.strip().lower()
        en = en.strip()
        if not key or not en or key in entries or key == en:
            return
        entries[key] = en

    for name in ("words.txt", "harm.txt"):
        for row in glosslib.read_rows(HERE, name, 2):
            add(row[0], row[1])
    for name in ("harm_nouns.txt", "nouns.txt"):
        for row in glosslib.read_rows(HERE, name, 3):
            lemma, pattern, en = row[0], row[1], row[2]
            sg_en, _, pl_en = en.partition("|")
            sg, pl = noun_forms(lemma, pattern)
            pl_en = pl_en or sg_en
            for f in sg:
                add(f, sg_en)
            for f in pl:
                add(f, pl_en)
            if len(row) > 3:
                for f in row[3].split(","):
                    add(f, sg_en)
    for name in ("harm_verbs.txt", "verbs.txt"):
        for row in glosslib.read_rows(HERE, name, 3):
            extra = [f.strip() for f in row[3].split(",")] if len(row) > 3 and row[3] else []
            for key, en in verb_entries(row[0], row[1], row[2], extra):
                add(key, en)
    adjectives = glosslib.read_rows(HERE, "adj.txt", 2)
    for row in adjectives:
        for f in adj_forms(row[0]) + [f for f in (row[2].split(",") if len(row) > 2 else []) if f]:
            add(f, row[1])
    for row in adjectives:  # negated adjectives after all listed ones, so nebezpečný keeps its own entry
        if row[0][-1:] in "ýyí" and not row[0].startswith("ne"):
            for f in adj_forms("ne" + row[0]):
                add(f, "not " + row[1])
    for row in glosslib.read_rows(HERE, "stems.txt", 2):
        add(row[0], row[1])
    header = [
        "# Slovak (sk) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Generated by scripts/gloss/sk/gen.py from the hand-written lists in scripts/gloss/sk/data/.",
        "# Function words, request phrasing, everyday and harm vocabulary; nouns in seven cases, verbs in all",
        "# persons, past, imperative and with ne-, adjectives by gender, number and case.",
    ]
    # generated forms that are no Slovak word but common tokens elsewhere ("id" in code, "hr" in HTML)
    for junk in ("id", "hr"):
        entries.pop(junk, None)
    n, s = glosslib.write_lexicon(OUT, header, entries)
    print("sk.tsv: %d entries (%d stems)" % (n, s))


if __name__ == "__main__":
    main()

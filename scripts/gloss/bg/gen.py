#!/usr/bin/env python3
"""Bulgarian (bg) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/bg.tsv from the hand-written lists in data/, the same
bytes on every run (lists are read in order; the first entry for a key wins).

  words.txt   key<TAB>english             function words, adverbs, numbers, phrases (up to 4 words)
  harm.txt    key<TAB>english             the vocabulary of harms, whole words and phrases
  nouns.txt   lemma<TAB>class<TAB>english[|plural]<TAB>[singular,forms][;plural,forms]
  harm_nouns.txt, harm_verbs.txt: like nouns.txt and verbs.txt, for the vocabulary of harms
  verbs.txt   lemma(1sg present)<TAB>class<TAB>english[<TAB>more,forms]
  adj.txt     masculine<TAB>english[<TAB>flag or more,forms]
  stems.txt   stem*<TAB>english
  latin.txt   key<TAB>english             Bulgarian typed in Latin letters ("shlyokavitsa")

Noun classes (gender/plural):
  m/i   polysyllabic masculine, plural -и (ученик -> ученици, телефон -> телефони)
  m/ove monosyllabic masculine, plural -ове (град -> градове)
  m/e   masculine plural -е (мъж -> мъже)       m/a  masculine plural -а (крак -> крака)
  mj/i  soft masculine, article -я/-ят (учител, герой, лекар)   mj/ove  soft, plural -ьове/-йове (чай)
  f/a   feminine in -а/-я (жена, стая, история)  f/c  feminine in a consonant (нощ, радост)
  n/o   neuter in -о (село -> села)  n/e  neuter in -е (море -> морета, знание -> знания, училище -> училища)
  n/ea  neuter -е -> -а (лице -> лица)  n/-  neuter, no plural     = only the lemma and the listed forms
  a trailing '-' on m/f classes (m/i- ...) means the noun has no plural.
Verb classes: 1 (чета, пиша: e-conjugation, optional ':aorist-stem', e.g. 1:писа), 2 (правя, говоря, държа:
  и-conjugation), 3 (питам, стрелям: the -ам/-ям type), = (only the listed forms).
Adjectives: fleeting vowels (добър, малък, опасен) drop by rule; a third column '+' keeps the stem whole (зелен),
  '=' means invariable, anything else is a list of more forms.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
OUT = glosslib.lexicon_path("bg")
VOWELS = "аъоуеиюяэ"
SOFTEN = {"к": "ц", "г": "з", "х": "с"}


def read_list(name, need):
    """The rows of data/<name>: tab-separated columns, blank lines and # comments skipped."""
    return glosslib.read_rows(HERE, name, need)


def more(parts, idx):
    if len(parts) <= idx:
        return []
    return [w.strip() for w in parts[idx].split(",") if w.strip()]


# ---------------------------------------------------------------- nouns

def masc_plural(lemma, kind):
    if kind == "i":
        if lemma[-1] in SOFTEN and len(lemma) > 3:
            return lemma[:-1] + SOFTEN[lemma[-1]] + "и"
        if lemma.endswith("й"):
            return lemma[:-1] + "и"
        return lemma + "и"
    if kind == "ove":
        if lemma.endswith("й"):
            return lemma[:-1] + "йове"
        return lemma + "ове"
    if kind == "e":
        return lemma + "е"
    if kind == "a":
        return lemma + "а"
    raise ValueError(kind)


def noun(lemma, cls):
    if cls == "=":
        return [lemma]
    gender, _, kind = cls.partition("/")
    no_plural = kind.endswith("-") and len(kind) > 1
    kind = kind.rstrip("-") if no_plural else kind
    forms = [lemma]
    plural = None
    if gender in ("m", "mj"):
        if gender == "mj":
            base = lemma[:-1] if lemma.endswith("й") else lemma
            forms += [base + "я", base + "ят"]
        else:
            forms += [lemma + "а", lemma + "ът"]
        if not no_plural:
            plural = masc_plural(lemma, kind)
    elif gender == "f":
        forms.append(lemma + "та")
        if not no_plural and kind != "-":
            if kind == "c":
                plural = lemma + "и"
            elif lemma.endswith("ия"):
                plural = lemma[:-1] + "и"
            elif lemma[-1] in "ая":
                plural = lemma[:-1] + "и"
            else:
                plural = lemma + "и"
    elif gender == "n":
        forms.append(lemma + "то")
        if kind == "o":
            plural = lemma[:-1] + "а"
        elif kind == "e":
            if lemma.endswith("ие"):
                plural = lemma[:-1] + "я"
            elif lemma.endswith("ще"):
                plural = lemma[:-1] + "а"
            else:
                plural = lemma + "та"
        elif kind == "ea":
            plural = lemma[:-1] + "а"
        elif kind == "-":
            plural = None
        else:
            raise ValueError(cls)
    else:
        raise ValueError(cls)
    if plural:
        # the plural article: -те after -и/-е, -та after -а/-я
        forms += [plural, plural + ("та" if plural[-1] in "ая" else "те")]
    return forms


def has_plural(cls):
    kind = cls.partition("/")[2]
    return kind not in ("-", "") and not kind.endswith("-")


def english_plural(eng):
    """A regular English plural of the last word: bomb -> bombs, city -> cities, virus -> viruses."""
    head, _, last = eng.rpartition(" ")
    if last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return (head + " " + last) if head else last


# ---------------------------------------------------------------- verbs

def person_endings(stem, vowel, first, third_pl):
    """Present tense: я-/а- first person given, then ти, той, ние, вие, те."""
    return [first, stem + vowel + "ш", stem + vowel, stem + vowel + "м", stem + vowel + "те", third_pl]


def participles(stem):
    """-л participle (all genders and plural) from an aorist stem ending in a vowel."""
    return [stem + "л", stem + "ла", stem + "ло", stem + "ли"]


def passive(stem, suffix):
    p = stem + suffix
    return [p, p + "а", p + "о", p + "и", p + "ия", p + "ият", p + "ата", p + "ото", p + "ите"]


def aorist(stem):
    return [stem + "х", stem, stem + "хме", stem + "хте", stem + "ха"]


def verb(lemma, cls):
    if cls == "=":
        return [lemma]
    kind, _, aor_stem = cls.partition(":")
    forms = []
    if kind == "3":  # питам, стрелям
        stem = lemma[:-1]  # пита, стреля
        forms += person_endings(stem[:-1], stem[-1], lemma, stem + "т")
        forms[3] = stem + "ме"  # ние питаме
        forms += aorist(stem)
        forms += [stem + "ше"]  # imperfect 2/3 sg
        forms += participles(stem)
        forms += passive(stem, "н")
        forms += [stem + "й", stem + "йте", stem + "йки", stem + "не", stem + "нето", stem + "щ", stem + "ща",
                  stem + "що", stem + "щи"]
        return forms
    last = lemma[-1]
    root = lemma[:-1]
    if kind == "2":  # правя, говоря, държа, строя
        forms += person_endings(root, "и", lemma, root + ("ят" if last == "я" else "ат"))
        vstem = root + "и"
        forms += aorist(vstem)
        forms += [root + "ех", root + "еше", root + "ехме", root + "ехте", root + "еха"]  # imperfect
        forms += participles(vstem)
        forms += passive(root, "ен")
        if root[-1] in VOWELS:  # строя -> строй
            forms += [root + "й", root + "йте"]
        else:
            forms += [vstem, root + "ете"]
        forms += [root + "ейки", root + "ене", root + "енето", root + "ещ", root + "еща", root + "ещо",
                  root + "ещи"]
    elif kind == "1":  # чета, пиша, пия, мога
        vowel_root = root[-1] in VOWELS  # пия, мия
        forms += person_endings(root, "е", lemma, root + ("ят" if last == "я" else "ат"))
        ie = "е" if root[-1] in "жчшщ" or vowel_root else "я"
        forms += [root + ie + "х", root + "еше", root + ie + "хме", root + ie + "хте", root + ie + "ха"]
        if vowel_root:
            forms += [root + "й", root + "йте", root + "ейки"]
        else:
            forms += [root + "и", root + "ете", root + "ейки"]
        forms += [root + "ене", root + "енето"]
        if aor_stem:
            forms += aorist(aor_stem) + participles(aor_stem)
            forms += passive(aor_stem, "н" if aor_stem[-1] in "ая" and not aor_stem.endswith("на") else "т")
    else:
        raise ValueError(cls)
    return forms


# ---------------------------------------------------------------- adjectives

def adj_stem(lemma, flag):
    if flag == "+":
        return lemma
    if lemma.endswith(("ки", "ги", "хи")) or lemma.endswith("и"):
        return lemma[:-1]
    if len(lemma) > 4 and lemma[-2] in "ъе" and lemma[-1] in "нрлкв" and lemma[-3] not in VOWELS:
        return lemma[:-2] + lemma[-1]
    return lemma


def adjective(lemma, flag):
    if flag == "=":
        return [lemma]
    stem = adj_stem(lemma, flag)
    soft_i = lemma.endswith("и")
    if soft_i:
        masc_def = lemma + "я"
        forms = [lemma, stem + "а", stem + "о", masc_def, masc_def + "т", stem + "ата", stem + "ото", lemma + "те"]
    else:
        forms = [lemma, stem + "а", stem + "о", stem + "и", stem + "ия", stem + "ият", stem + "ата", stem + "ото",
                 stem + "ите"]
    return forms


def comparatives(forms):
    # по-добър / най-добрия: written with a hyphen, which joins the word
    out = []
    for f in forms:
        out += ["по-" + f, "най-" + f]
    return out


# ---------------------------------------------------------------- Latin letters (shlyokavitsa)

COMMON = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k", "л": "l",
          "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
          "ь": "", "-": "-", " ": " "}
# the chat schemes people type in: the phonetic keyboard's q for я, digits for ш/ч, and the official streamlined one
SCHEMES = [
    {"ж": "j", "й": "i", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ю": "iu", "я": "q"},
    {"ж": "zh", "й": "y", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ю": "yu", "я": "ya"},
    {"ж": "j", "й": "i", "ц": "c", "ч": "4", "ш": "6", "щ": "6t", "ъ": "y", "ю": "iu", "я": "q"},
    {"ж": "zh", "й": "j", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "u", "ю": "ju", "я": "ia"},
    {"ж": "j", "й": "i", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "u", "ю": "yu", "я": "ja"},
]
# spellings that are common English words: a Latin-script English turn must not read as Bulgarian
LATIN_SKIP = {"a", "i", "e", "to", "no", "go", "me", "be", "im", "ia", "ya", "ja", "q", "he", "so", "on", "as",
              "did", "pet", "bill", "sam", "dim", "tam", "ton", "mine", "more", "pie", "bile", "tie", "die", "lie",
              "grip", "rod", "put", "plan", "start", "bar", "bat", "dan", "sin", "pop", "toy", "men", "drug", "sum",
              "sys", "day", "iam", "jam", "fail", "film", "fishing", "dam", "do", "pod", "imam", "grad"}


def latin_spellings(cyr):
    seen = []
    for scheme in SCHEMES:
        s = "".join(scheme.get(c, COMMON.get(c, "?")) for c in cyr)
        if "?" in s:
            raise SystemExit("no transliteration for %r" % cyr)
        if s not in seen:
            seen.append(s)
    return seen


def phrase_gloss(lex, cyr):
    """The lexicon's gloss of a Cyrillic word or phrase, or its words' glosses joined."""
    if cyr in lex.gloss:
        return lex.gloss[cyr]
    words = []
    for w in cyr.split():
        if w not in lex.gloss:
            raise SystemExit("latin.txt: %r is not in the lexicon" % w)
        if lex.gloss[w] != "-":
            words.append(lex.gloss[w])
    return " ".join(words)


# ---------------------------------------------------------------- output

class Lexicon:
    def __init__(self):
        self.gloss = {}
        self.keys = []
        self.family = {}  # lemma -> its generated forms, for the Latin spellings

    def put(self, key, english):
        key = " ".join(key.lower().split())
        english = " ".join(english.lower().split())
        if not key or not english:
            return
        if "\t" in key or "\t" in english:
            raise SystemExit("tab inside %r" % key)
        if key.endswith("*") and (" " in key or len(key) < 4):
            raise SystemExit("bad stem %r" % key)
        if len(key.split()) > 4:
            raise SystemExit("phrase too long %r" % key)
        if key.rstrip("*") == english:
            return
        if key in self.gloss:
            return
        self.gloss[key] = english
        self.keys.append(key)


def build():
    lex = Lexicon()
    for key, eng in ((r[0], r[1]) for r in read_list("words.txt", 2)):
        lex.put(key, eng)
    for key, eng in ((r[0], r[1]) for r in read_list("harm.txt", 2)):
        lex.put(key, eng)
    for row in read_list("nouns.txt", 3) + read_list("harm_nouns.txt", 3):
        one, _, many = row[2].partition("|")
        many = many or english_plural(one)
        forms = noun(row[0], row[1])
        plural_from = len(forms) - 2 if has_plural(row[1]) else len(forms)
        sg_extra, _, pl_extra = (row[3] if len(row) > 3 else "").partition(";")
        lex.family.setdefault(row[0], forms)
        for i, form in enumerate(forms):
            lex.put(form, many if i >= plural_from else one)
        for form in sg_extra.split(","):
            lex.put(form.strip(), one)
        for form in pl_extra.split(","):
            lex.put(form.strip(), many)
    for row in read_list("verbs.txt", 3) + read_list("harm_verbs.txt", 3):
        forms = verb(row[0], row[1]) + more(row, 3)
        lex.family.setdefault(row[0], forms)
        for form in forms:
            lex.put(form, row[2])
    for row in read_list("adj.txt", 2):
        flag = row[2] if len(row) > 2 and row[2] in ("+", "=") else ""
        forms = adjective(row[0], flag)
        lex.family.setdefault(row[0], forms)
        extra = more(row, 2) if not flag else []
        for form in forms + extra:
            lex.put(form, row[1])
        if flag != "=":
            for form in comparatives(forms):
                lex.put(form, ("more " if form.startswith("по-") else "most ") + row[1])
    for row in read_list("latin.txt", 1):
        if len(row) > 1:
            lex.put(row[0], row[1])
            continue
        from_lemma = row[0].startswith("@")
        if from_lemma:  # a lemma: a verb's present, imperative and -л forms; a noun's or adjective's forms
            if row[0][1:] not in lex.family:
                raise SystemExit("latin.txt: no lemma %r" % row[0])
            words = lex.family[row[0][1:]]
            words = words[:6] + [w for w in words[6:] if w[-1] in "йи" or w.endswith(("ете", "йте", "л", "ла", "ли"))]
        else:
            words = [row[0]]
        for word in words:
            if from_lemma and word not in lex.gloss:
                continue
            eng = phrase_gloss(lex, word)
            for spelling in latin_spellings(word):
                if spelling not in LATIN_SKIP:
                    lex.put(spelling, eng)
    for key, eng in ((r[0], r[1]) for r in read_list("stems.txt", 2)):
        lex.put(key, eng)
    return lex


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else OUT
    lex = build()
    header = [
        "# Bulgarian (bg) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Standard Bulgarian in Cyrillic: function words, request phrasing, everyday words and the vocabulary of harms,",
        "# with noun (article, plural, counting), verb (present, aorist, imperfect, imperative, participles) and",
        "# adjective forms generated from hand-written lists, stems (word*) for derived words, and the most common",
        "# words typed in Latin letters (shlyokavitsa). Generated by scripts/gloss/bg/gen.py; \"-\" drops a word.",
    ]
    total, stems = glosslib.write_lexicon(target, header, {k: lex.gloss[k] for k in lex.keys})
    sys.stderr.write("bg: %d entries, %d stems -> %s\n" % (total, stems, target))


if __name__ == "__main__":
    main()

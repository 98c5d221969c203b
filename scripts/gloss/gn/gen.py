#!/usr/bin/env python3
"""Guarani (gn) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/gn.tsv from the hand-written lists in data/, the same
bytes on every run (lists are read in order; the first entry for a key wins).

  words.txt   key<TAB>english              particles, pronouns, postpositions, question words, numbers, phrases
  harm.txt    key<TAB>english              the vocabulary of harms, whole words and phrases
  verbs.txt   root<TAB>class<TAB>english[|past][<TAB>six person forms]
  harm_verbs.txt                           the same, for the verbs of harm
  nouns.txt   noun<TAB>class<TAB>english[<TAB>more,forms]   (class: '-' oral, 'n' nasal, '=' the word alone)
  harm_nouns.txt                           the same, for the nouns of harm
  adj.txt     root<TAB>english[<TAB>third-person form]      inactive (chendal) roots: porã, vai, hasy
  stems.txt   stem*<TAB>english

Verb classes: 'a' areal (a-, re-, o-, ja-/ña-, ro-, pe-: ajapo), 'ai' aireal (ai-, rei-, oi-, jai-/ñai-, roi-, pei-:
aipota), '=' the six person forms given in the fourth column (irregular: aha, reho, oho, jaha, roho, peho). From the
person forms come the tenses and moods (-ta future, -kuri past, -se want, -pa question, -va relative, -hína
progressive, -ma already), the negation nd(a)-...-i (n- in nasal verbs), the imperative e-/pe-, the passive oje-/oñe-
and a stem (word*) per person form of at least 4 letters, which reads every other suffix.

The apostrophe (puso) of mba'e, ñe'ẽ splits a word for the tokenizer: a key written with one becomes the pieces
the tokenizer sees ("mba e"), and the apostrophe-less chat spelling ("mbae") is added after everything else.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)

OUT = glosslib.lexicon_path("gn")
PUSO = "'\u2019\u02bc\u00b4"
NASAL_VOWELS = "ãẽĩõũỹ"
TILDE = "\u0303"
ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý"}
# persons of the active verb, for the English reading
PERSONS = ["i", "you", "", "we", "we", "you all"]


def read(name, ncols):
    return glosslib.read_rows(HERE, name, ncols)


def column(row, idx):
    if len(row) <= idx:
        return []
    return [w.strip() for w in row[idx].split(",") if w.strip()]


def nasal(word):
    """Whether nasal harmony applies: a nasal vowel, g̃, or a nasal consonant in the root."""
    w = unicodedata.normalize("NFC", word)
    if any(c in NASAL_VOWELS for c in w) or TILDE in unicodedata.normalize("NFD", w):
        return True
    return any(c in w for c in "mnñ")


def stressed(form):
    """The form with its last vowel marked stressed, as written before an atonic suffix (ajapo -> ajapó-)."""
    if any(c in form for c in "áéíóúý") or TILDE in unicodedata.normalize("NFD", form):
        return form
    for i in range(len(form) - 1, -1, -1):
        if form[i] in ACUTE:
            return form[:i] + ACUTE[form[i]] + form[i + 1:]
    return form


def with_pronoun(pronoun, english):
    return (pronoun + " " + english).strip()


# ---------------------------------------------------------------- verbs

def person_forms(root, cls, given):
    if cls == "=":
        if len(given) != 6:
            raise SystemExit("verb %r: class '=' needs six person forms" % root)
        return given
    nas = nasal(root)
    if cls == "a":
        return ["a" + root, "re" + root, "o" + root, ("ña" if nas else "ja") + root, "ro" + root, "pe" + root]
    if cls == "ai":
        return ["ai" + root, "rei" + root, "oi" + root, ("ñai" if nas else "jai") + root, "roi" + root,
                "pei" + root]
    raise SystemExit("verb %r: unknown class %r" % (root, cls))


def negative(form, nas):
    """nd(a)-...-i around a person form: ajapo -> ndajapói, rejapo -> nderejapói, ojapo -> ndojapói."""
    n = "n" if nas else "nd"
    if form[0] in "aeiouáéíóú":
        head = n + form
    elif form.startswith("re"):
        head = n + "e" + form
    elif form.startswith("ro"):
        head = n + "o" + form
    else:
        head = n + "a" + form
    return head


def neg_suffix(form):
    return "ri" if form.endswith(("i", "í")) else "i"


def verb_entries(root, cls, english, given):
    """(key, english) for the forms of one verb, most specific first."""
    base, _, past = english.partition("|")
    past = past or base
    nas = nasal(root)
    persons = person_forms(root, cls, given)
    out = []
    for p, form in enumerate(persons):
        who = PERSONS[p]
        s = stressed(form)
        out.append((form, with_pronoun(who, base)))
        out.append((s + "ta", with_pronoun(who, "will " + base)))
        out.append((form + "kuri", with_pronoun(who, past)))
        out.append((form + "se", with_pronoun(who, "want to " + base)))
        out.append((s + "pa", ("do " + who + " " + base) if who else ("does " + base)))
        out.append((s + "va", "who " + base if not who else with_pronoun(who, base)))
        if p in (0, 1, 2, 3):
            out.append((form + "hína", with_pronoun(who, base)))
            out.append((s + "ma", with_pronoun(who, "already " + past)))
            out.append((form + "sépa", "do " + (who or "they") + " want to " + base))
            out.append((s + "ramo", "if " + with_pronoun(who, base)))
        neg = negative(form, nas)
        not_who = with_pronoun(who, "do not " + base) if who else "does not " + base
        out.append((stressed(neg) + neg_suffix(form), not_who))
        out.append((neg + "séi", with_pronoun(who, "do not want to " + base)))
        if p in (0, 1, 2):
            out.append((neg + "mo'ãi", with_pronoun(who, "will not " + base)))
        if p == 2:
            out.append((form + "séva", "who wants to " + base))
            out.append((stressed(neg) + neg_suffix(form) + "va", "that does not " + base))
    # imperative, hortative and the passive
    second = persons[1]
    imper = "e" + second[2:] if second.startswith("re") else "e" + second
    out.append((imper, base))
    out.append((imper + "mína", "please " + base))
    out.append(("ta" + persons[2][1:] if persons[2].startswith("o") else "ta" + persons[0], "let me " + base))
    out.append(("t" + persons[2] if persons[2].startswith("o") else "to" + persons[2], "let it " + base))
    if cls in ("a", "ai"):
        je = ("ñe" if nas else "je") + root
        out.append(("o" + je, "is " + past))
        out.append(("o" + je + "ta", "will be " + past))
        out.append(("o" + je + "kuri", "was " + past))
        out.append((stressed("o" + je) + "va", "that is " + past))
        out.append((stressed("o" + je) + "pa", "is it " + past))
        out.append((je, base + "ing" if " " not in base and not base.endswith("e") else base))
        out.append((root + "ha", base + "er" if " " not in base and not base.endswith("e") else base))
        out.append((root + "hára", base + "er" if " " not in base and not base.endswith("e") else base))
    stems = []
    for p, form in enumerate(persons[:4]):
        if len(form) >= 4 and " " not in form and not any(c in form for c in PUSO):
            stems.append((form + "*", with_pronoun(PERSONS[p], base)))
    if cls in ("a", "ai"):
        oje = "o" + ("ñe" if nas else "je") + root
        if " " not in oje and not any(c in oje for c in PUSO):
            stems.append((oje + "*", "is " + past))
    return out, stems


# ---------------------------------------------------------------- nouns and inactive roots

POSTPOSITIONS = [
    ("pe", "in {}"), ("gui", "from {}"), ("rehe", "about {}"), ("re", "about {}"), ("ndive", "with {}"),
    ("peve", "until {}"), ("rupi", "through {}"), ("icha", "like {}"), ("pegua", "of {}"), ("rã", "future {}"),
    ("pa", "{} ?"),
]


def noun_entries(noun, cls, english, more):
    plural = english_plural(english)
    out = []
    for w in [noun] + more:
        out.append((w, english))
        if cls == "=":
            continue
        if w[0] not in "aeiouáéíóúãẽĩõũỹyhrt" and " " not in w:
            out.append(("i" + w, "his " + english))  # the third-person possessive of a loan or a plain noun
        nas = cls == "n" or nasal(w[-3:])
        for suffix, eng in POSTPOSITIONS:
            if suffix == "pe":
                out.append((w + ("me" if nas else "pe"), eng.format(english)))
                if nas:
                    out.append((w + "pe", eng.format(english)))
                continue
            if suffix == "pa":
                out.append((stressed(w) + suffix, eng.format(english)))
                continue
            out.append((w + suffix, eng.format(english)))
        pl = w + ("nguéra" if nas else "kuéra")
        out.append((pl, plural))
        out.append((pl + ("me" if nas else "pe"), "in " + plural))
        out.append((pl + "gui", "from " + plural))
        out.append((pl + "rehe", "about " + plural))
        out.append((pl + "ndive", "with " + plural))
        if nas:
            out.append((w + "kuéra", plural))
    return out


def adj_entries(root, english, third):
    h = third or ("i" + root if root[0] not in "aeiouáéíóúãẽĩõũỹ" else "ij" + root)
    out = [(root, english), (h, english), (h + "ve", "more " + english), (root + "ve", "more " + english),
           (h + "ite", "very " + english), (root + "ite", "very " + english), (root + "iterei", "too " + english),
           (h + "iterei", "too " + english), (stressed(root) + "va", english), (stressed(h) + "va", english),
           (stressed(h) + "pa", "is it " + english), (h + "ta", "will be " + english),
           (h + "kuri", "was " + english), (h + "véva", "more " + english)]
    neg = "nd" + h if h[0] in "aeouáéóú" else "nda" + h
    out.append((stressed(neg) + neg_suffix(h), "not " + english))  # ndaiporãi, also written naiporãi
    if nasal(root):
        out.append((stressed("n" + neg[2:]) + neg_suffix(h), "not " + english))
    return out


def english_plural(eng):
    head, _, last = eng.rpartition(" ")
    if last in ("", "-") or last.endswith(("ing", "ness")) or last in PLURAL_SKIP:
        return eng
    if last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last in ("man", "woman"):
        last = last[:-2] + "en"
    elif last == "child":
        last = "children"
    elif last == "person":
        last = "people"
    else:
        last += "s"
    return (head + " " + last) if head else last


PLURAL_SKIP = {"money", "water", "food", "information", "data", "news", "rain", "fire", "meat", "rice", "milk",
               "bread", "blood", "hair", "advice", "help", "poison", "software", "malware", "ransomware", "porn",
               "sex", "heroin", "cocaine", "meth", "fentanyl", "uranium", "sarin", "ricin", "anthrax", "smoke",
               "air", "health", "knowledge", "work", "safety", "history", "music", "alcohol", "gas", "love"}


# ---------------------------------------------------------------- output

class Lexicon:
    def __init__(self):
        self.gloss = {}
        self.stems = {}
        self.same = []

    def put(self, key, english, joined=None):
        key = " ".join(unicodedata.normalize("NFC", key).lower().split())
        english = " ".join(english.lower().split())
        if not key or not english:
            return
        if "\t" in key or "\t" in english:
            raise SystemExit("tab inside %r" % key)
        if key.endswith("*"):
            if " " in key or len(key) < 5 or any(c in key for c in PUSO):
                raise SystemExit("bad stem %r" % key)
            self.stems.setdefault(key, english)  # kept even as itself (virus*): it shadows a shorter stem (viru*)
            return
        pieces = key
        for c in PUSO:
            pieces = pieces.replace(c, " ")
        pieces = " ".join(pieces.split())
        if len(pieces.split()) > 4:
            raise SystemExit("phrase too long %r" % key)
        if pieces != key and joined is not None:
            flat = key
            for c in PUSO:
                flat = flat.replace(c, "")
            joined.append((flat, english))
        if pieces == english:
            self.same.append(pieces)
            return
        if pieces in self.gloss:
            return
        self.gloss[pieces] = english

    def keep_from_stems(self):
        """A word whose English is itself (virus) is left out, unless a stem would read it as something else."""
        for word in self.same:
            if word in self.gloss or " " in word:
                continue
            for n in range(len(word), 3, -1):
                eng = self.stems.get(word[:n] + "*")
                if eng is not None:
                    if eng != word:
                        self.gloss[word] = word
                    break


def build():
    lex = Lexicon()
    joined = []
    for name in ("words.txt", "harm.txt"):
        for row in read(name, 2):
            lex.put(row[0], row[1], joined)
    stems = []
    for name in ("harm_verbs.txt", "verbs.txt"):
        for row in read(name, 3):
            forms, st = verb_entries(row[0], row[1], row[2], column(row, 3))
            for key, eng in forms:
                lex.put(key, eng, joined)
            stems += st
    for row in read("adj.txt", 2):
        for key, eng in adj_entries(row[0], row[1], row[2] if len(row) > 2 else ""):
            lex.put(key, eng, joined)
    for name in ("harm_nouns.txt", "nouns.txt"):
        for row in read(name, 3):
            for key, eng in noun_entries(row[0], row[1], row[2], column(row, 3)):
                lex.put(key, eng, joined)
            if len(row[0]) >= 4 and row[1] != "=" and " " not in row[0] and not any(c in row[0] for c in PUSO):
                stems.append((row[0] + "*", row[2]))
    # chat spellings without the apostrophe (mbae, nee), where no real word has that spelling
    for key, eng in joined:
        lex.put(key, eng)
    for row in read("stems.txt", 2):
        lex.put(row[0], row[1])
    for key, eng in stems:
        lex.put(key, eng)
    lex.keep_from_stems()
    entries = dict(lex.gloss)
    entries.update(sorted(lex.stems.items(), key=lambda kv: kv[0]))
    return entries


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else OUT
    entries = build()
    header = [
        "# Guarani (gn) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Paraguayan Guarani (avañe'ẽ) and the Jopara mix with Spanish loans: particles, pronouns, postpositions,",
        "# request phrasing, everyday words and the vocabulary of harms. Verb persons (a-, re-, o-, ja-/ña-, ro-, pe-),",
        "# tenses and moods (-ta, -kuri, -se, -pa, -va), negation nd(a)-...-i, nouns with postpositions (-pe/-me, -gui,",
        "# -rehe, -ndive) generated by scripts/gloss/gn/gen.py; words with an apostrophe as their pieces (mba'e = mba e).",
    ]
    total, stems = glosslib.write_lexicon(target, header, entries)
    sys.stderr.write("gn: %d entries, %d stems -> %s\n" % (total, stems, target))


if __name__ == "__main__":
    main()

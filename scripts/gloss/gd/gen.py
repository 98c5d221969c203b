#!/usr/bin/env python3
"""Scottish Gaelic (gd) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/gd.tsv from the hand-written lists in data/:

  words.txt   key<TAB>english          function words, irregular verbs, phrases (up to 4 words), as written
  harm.txt    key<TAB>english          the vocabulary of harms and its benign neighbours
  nouns.txt   lemma<TAB>english<TAB>genitive<TAB>plural[<TAB>more,forms]
              genitive / plural: a form, '~' (rule), '+suffix' (lemma + suffix), '-' or empty (none).
              english may be 'sing|plural' for an irregular English plural.
  verbs.txt   root<TAB>verbal noun<TAB>english[<TAB>short stem][<TAB>more,forms]
              english is 'base' or 'base|past|participle'; the short stem is the syncopated root the endings
              take (innis -> inns-idh), '-' for none.
  adj.txt     lemma<TAB>english[<TAB>comparative][<TAB>more,forms]
  stems.txt   stem*<TAB>english

Gaelic changes the start of words: lenition (bris -> bhris), and prefixes after the article and some
particles (an t-uisge, na h-uinneagan, ar n-athair, an t-sràid). Every noun, verb and adjective form is
written with these; apostrophes are word breaks for the gloss (dh'fhàg reads as dh + fhàg), so keys keep
them only where a reader types them. Accents fold in lookups, so "dean" finds "dèan" without an entry.
The first entry for a key wins; an entry whose English is the key itself is left out.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
OUT = glosslib.lexicon_path("gd")
VOW = "aeiouàèìòùáéíóú"
SLENDER = "eièìéí"
LENITABLE = "bcdfgmpt"


def read(name, need):
    """The rows of data/<name>: tab-separated, '#' comments and blank lines skipped."""
    return glosslib.read_rows(HERE, name, need)


def col(parts, i):
    return parts[i] if len(parts) > i and parts[i] not in ("", "-") else ""


def listed(parts, i):
    return [w.strip() for w in col(parts, i).split(",") if w.strip()]


# ---------------------------------------------------------------- Gaelic spelling changes

def lenite(w):
    """bris -> bhris, sràid -> shràid, fàg -> fhàg; sg-, sp-, st-, sm-, l-, n-, r- and vowels stay."""
    if len(w) < 2 or w[1] == "h" or "-" in w[:3]:
        return w
    c = w[0]
    if c in LENITABLE:
        return c + "h" + w[1:]
    if c == "s" and (w[1] in VOW or w[1] in "lnr"):
        return "sh" + w[1:]
    return w


def prefixed(w):
    """The forms after the article and particles: t-uisge, h-uinneag, n-athair, t-sràid."""
    if w[0] in VOW:
        return ["t-" + w, "h-" + w, "n-" + w]
    if w[0] == "s" and len(w) > 1 and (w[1] in VOW or w[1] in "lnr"):
        return ["t-" + w]
    return []


def mutations(w):
    """A word with every initial change it can take."""
    return [w, lenite(w)] + prefixed(w)


def slender(w):
    """Whether the last vowel of w is slender (e, i): it takes -idh, -eas, -eadh rather than -aidh, -as, -adh."""
    for ch in reversed(w):
        if ch in VOW:
            return ch in SLENDER
    return False


def attenuate(w):
    """Make the last vowel group slender: balach -> balaich, cat -> cait, bròg -> bròig, dubh -> duibh."""
    if slender(w):
        return w
    i = len(w)
    while i > 0 and w[i - 1] not in VOW:
        i -= 1
    if i == 0:
        return w
    j = i
    while j > 0 and w[j - 1] in VOW:
        j -= 1
    group = w[j:i]
    if group in ("ea",):
        group = "i"
    elif group in ("ia",):
        group = "èi"
    elif group == "eu":
        group = "eòi"  # beul -> beòil, feur -> feòir
    else:
        group = group + "i"
    return w[:j] + group + w[i:]


def ending(w, broad, slen):
    return w + (slen if slender(w) else broad)


# ---------------------------------------------------------------- English forms

def en_plural(n):
    if " " in n:
        head, _, rest = n.partition(" ")
        if head in ("piece", "kind", "type", "cup", "bottle", "pair"):
            return en_plural(head) + " " + rest
        words = n.split(" ")
        return " ".join(words[:-1] + [en_plural(words[-1])])
    if n.endswith(("s", "x", "z", "ch", "sh")):
        return n + "es"
    if n.endswith("y") and len(n) > 1 and n[-2] not in "aeiou":
        return n[:-1] + "ies"
    if n.endswith("fe"):
        return n[:-2] + "ves"
    return n + "s"


def doubles(v):
    """stab -> stabb-, cut -> cutt-: one vowel between single consonants, a word of one syllable."""
    if len(v) < 3 or v[-1] in "aeiouwxy" or v[-2] not in "aeiou" or v[-3] in "aeiou":
        return False
    return sum(1 for k in range(len(v)) if v[k] in "aeiou" and (k == 0 or v[k - 1] not in "aeiou")) == 1


def en_ing(v):
    head, sp, rest = v.partition(" ")
    if head.endswith("ie"):
        h = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")) and len(head) > 2:
        h = head[:-1] + "ing"
    elif doubles(head):
        h = head + head[-1] + "ing"
    else:
        h = head + "ing"
    return h + sp + rest


def en_past(v):
    head, sp, rest = v.partition(" ")
    if head.endswith("e"):
        h = head + "d"
    elif head.endswith("y") and head[-2] not in "aeiou":
        h = head[:-1] + "ied"
    elif doubles(head):
        h = head + head[-1] + "ed"
    else:
        h = head + "ed"
    return h + sp + rest


def en_verb(spec):
    parts = spec.split("|")
    base = parts[0]
    past = parts[1] if len(parts) > 1 and parts[1] else en_past(base)
    part = parts[2] if len(parts) > 2 and parts[2] else past
    return base, past, part


# ---------------------------------------------------------------- the lexicon

class Lexicon:
    def __init__(self):
        self.gloss = {}
        self.keys = []

    def put(self, key, english):
        key = " ".join(key.lower().replace("\u2019", "'").split())
        english = " ".join(english.lower().split())
        if not key or not english:
            return
        if key.endswith("*"):
            bare = key[:-1]
            if " " in bare or len(bare) < 3:
                sys.exit("bad stem: %r" % key)
        # apostrophes end words for the gloss: "dh'fhàg" and "dh fhàg" are one key
        norm = " ".join(key.replace("'", " ").split()) if not key.endswith("*") else key
        if not norm or norm.rstrip("*") == english:
            return
        if len(norm.split(" ")) > 4:
            return  # generated phrases of a verb with a tail can run long
        if norm not in self.gloss:
            self.gloss[norm] = english
            self.keys.append(norm)

    def put_all(self, forms, english):
        for f in forms:
            for m in mutations(f):
                self.put(m, english)


def noun_form(lemma, spec, rule):
    if not spec or spec == "-":
        return ""
    if spec == "~":
        return rule(lemma)
    if spec.startswith("+"):
        return lemma + spec[1:]
    return spec


def masc_gen(w):
    return w if w[-1] in VOW else attenuate(w)


def nouns(lex):
    for parts in read("nouns.txt", 2):
        lemma = parts[0]
        eng = parts[1]
        sing, _, plur = eng.partition("|")
        plur = plur or en_plural(sing)
        gen = noun_form(lemma, col(parts, 2), masc_gen)
        pl = noun_form(lemma, col(parts, 3), lambda w: ending(w, "an", "ean"))
        lex.put_all([lemma], sing)
        if gen:
            lex.put_all([gen], sing)
        if pl:
            lex.put_all([pl], plur)
            if pl.endswith("an"):
                lex.put_all([pl[:-1]], plur)  # dative and spoken plural: bhrògaibh is old, -a is common
        for extra in listed(parts, 4):
            form, _, own = extra.partition("=")
            lex.put_all([form.strip()], own.strip() or sing)


def verb_entries(root, vn, short, spec):
    """(key, english, mutate) for one verb: phrases with its particles first, then its words."""
    base, past, part = en_verb(spec)
    ing = en_ing(base)
    len_root = lenite(root)
    len_vn = lenite(vn)
    dh = root[0] in VOW or root[0] == "f"
    past_key = "dh'" + len_root if dh else len_root
    to_vn = ("a dh'" if vn[0] in VOW or vn[0] == "f" else "a ") + len_vn
    yield "cha do " + past_key, "did not " + base, False
    yield "nach do " + past_key, "did not " + base, False
    yield "an do " + past_key, "did " + base, False
    yield "na " + root, "do not " + base, False
    yield "cha " + len_root, "will not " + base, False
    yield "a' " + vn, ing, False
    yield "ag " + vn, ing, False
    yield "gus " + to_vn, "to " + base, False
    yield "airson " + to_vn, "to " + base, False
    yield "ga " + len_vn, ing + " it", False
    yield "air a " + len_vn, part, False
    yield to_vn, "to " + base, False
    if dh:
        yield past_key, past, False
    yield len_root, past, False
    yield root, base, True
    yield vn, ing, True
    yield len_vn, base, False
    for broad, slen, eng in (("aidh", "idh", "will " + base), ("as", "eas", "will " + base),
                             ("adh", "eadh", "would " + base), ("ainn", "inn", "i would " + base),
                             ("amaid", "eamaid", "we would " + base), ("aibh", "ibh", base),
                             ("am", "eam", "let me " + base), ("ar", "ear", "will be " + part)):
        yield ending(short, broad, slen), eng, True


def verbs(lex):
    for parts in read("verbs.txt", 3):
        root, vn, spec = parts[0], parts[1], parts[2]
        # a verb with an adverb or preposition (luchdaich a-nuas): the first word inflects, the rest follows
        root, _, tail = root.partition(" ")
        vn = vn.split(" ")[0]
        tail = " " + tail if tail else ""
        short = col(parts, 3) or root
        for key, eng, mutate in verb_entries(root, vn, short, spec):
            if tail:
                lex.put(key + tail, eng)
            elif mutate:
                lex.put_all([key], eng)
            else:
                lex.put(key, eng)
        for extra in listed(parts, 4):
            form, _, own = extra.partition("=")
            lex.put_all([form.strip()], own.strip() or en_verb(spec)[0])


def comparative(w):
    stem = w[:-1] if w[-1] in VOW else w
    return attenuate(stem) + "e"


def adjectives(lex):
    for parts in read("adj.txt", 2):
        lemma, eng = parts[0], parts[1]
        comp = col(parts, 2) or comparative(lemma)
        forms = [lemma]
        if lemma[-1] not in VOW:
            forms.append(ending(lemma, "a", "e"))
        lex.put("nas " + comp, "more " + eng)
        lex.put("as " + comp, "most " + eng)
        lex.put("cho " + lemma, "so " + eng)
        lex.put("ro " + lenite(lemma), "too " + eng)
        lex.put("glè " + lenite(lemma), "very " + eng)
        lex.put_all(forms, eng)
        lex.put_all([comp], "more " + eng)
        for extra in listed(parts, 3):
            form, _, own = extra.partition("=")
            lex.put_all([form.strip()], own.strip() or eng)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    lex = Lexicon()
    for name in ("words.txt", "harm.txt"):
        for parts in read(name, 2):
            lex.put(parts[0], parts[1])
    # harm nouns and verbs come before the everyday lists so that their generated forms win
    nouns(lex)
    verbs(lex)
    adjectives(lex)
    for parts in read("stems.txt", 2):
        lex.put(parts[0], parts[1])
    header = [
        "# Scottish Gaelic (gd) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Function words, prepositional pronouns, the irregular verbs, request phrasing, everyday words and the",
        "# vocabulary of harms. Nouns, verbs and adjectives are generated with their mutations (lenition: bhris;",
        "# prefixes: an t-uisge, na h-, ar n-), genitives, plurals, tenses, verbal nouns and comparatives.",
        "# Apostrophes split words (dh'fhàg = dh + fhàg); \"-\" drops a particle. Made by scripts/gloss/gd/gen.py.",
    ]
    total, stems = glosslib.write_lexicon(out, header, {k: lex.gloss[k] for k in lex.keys})
    print("%d entries (%d stems) -> %s" % (total, stems, out), file=sys.stderr)


if __name__ == "__main__":
    main()

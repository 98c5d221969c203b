#!/usr/bin/env python3
"""Norwegian (no) -> English gloss lexicon generator for ACE.

Bokmål first, with the common Nynorsk endings (bilar/bilane, kastar/kasta, eg, ikkje, kva) where they cost
nothing. Reads the hand-written lists in data/ and writes ace-core/.../gloss/no.tsv, byte for byte the same on
every run:

  phrases.txt  key<TAB>english          request patterns and idioms, 2-4 words (read first: they win)
  words.txt    key<TAB>english          function words, adverbs, numbers, chat spellings
  harm.txt     key<TAB>english          the vocabulary of harms, whole words
  nouns.txt    lemma<TAB>class<TAB>english[<TAB>more,forms]
  verbs.txt    infinitive<TAB>class<TAB>english[<TAB>more,forms]
  adj.txt      lemma<TAB>english[<TAB>more,forms | =]
  stems.txt    stem*<TAB>english        compound heads and derived words (at least 4 letters)

Noun classes: m (bil), f (jente: jenta and jenten), n (eple, problem: plural -er), n0 (hus: plural unchanged),
mer (lærer: lærere, lærerne), mel (sykkel: sykler), '=' (lemma and listed forms only); a trailing '+' doubles the
last consonant before an ending (rom: rommet). Verb classes: a (kaste: kastet), te (kjøpe: kjøpte), de (prøve:
prøvde), dde (bo: bodde), '=' (strong or irregular: listed forms). Adjectives take -t, -e, -ere, -est(e) by rule.
The first entry for a key wins; entries whose English is the key itself are left out. Keys with æ, ø or å also get
the spellings typed without them (ae, o/oe, aa; plain a needs nothing, the gloss folds accents) unless a word of
their own holds those.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
OUT = glosslib.lexicon_path("no")
VOW = "aeiouyæøå"


def read_list(name, need):
    return glosslib.read_rows(HERE, name, need, require_filled=True)


def listed(parts, col):
    if len(parts) <= col:
        return []
    return [w.strip() for w in parts[col].split(",") if w.strip() and w.strip() != "="]


def undouble(stem):
    """kjenn -> kjen before a consonant ending (kjente), sykkl -> sykl."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOW:
        return stem[:-1]
    return stem


def nouns(lemma, cls):
    if cls == "=":
        return [lemma]
    dbl = cls.endswith("+")
    cls = cls.rstrip("+")
    base = lemma[:-1] if lemma.endswith("e") else lemma
    if dbl:
        base = base + base[-1]
    if cls == "mer":  # lærer
        out = [lemma, lemma + "en", lemma + "e", lemma + "ne", lemma + "s", lemma + "ens", lemma + "nes"]
        return out
    if cls == "mel":  # sykkel, regel, vinter
        sync = lemma[:-2] + lemma[-1]
        if len(sync) > 3 and sync[-2] == sync[-3]:
            sync = sync[:-3] + sync[-2:]
        out = [lemma, lemma + "en", sync + "er", sync + "ene", sync + "ar", sync + "ane", lemma + "s", lemma + "ens"]
        return out
    sg_m = lemma + "n" if lemma.endswith("e") and not dbl else base + "en"
    if cls == "m":
        out = [lemma, sg_m, base + "er", base + "ene", base + "ar", base + "ane"]
    elif cls == "f":
        out = [lemma, base + "a", sg_m, base + "er", base + "ene"]
    elif cls == "n":
        sg_n = lemma + "t" if lemma.endswith("e") and not dbl else base + "et"
        out = [lemma, sg_n, base + "er", base + "ene", base + "a"]
    elif cls == "n0":
        out = [lemma, base + "et", base + "ene", base + "a"]
    else:
        raise ValueError("noun class %r for %r" % (cls, lemma))
    out += [lemma + "s", out[1] + "s"]
    if cls != "n0":
        out.append(base + "enes")
    return out


def verbs(inf, cls):
    if cls == "=":
        return [inf]
    st = inf[:-1] if inf.endswith("e") and len(inf) > 2 else inf
    out = [inf]
    if cls == "a":  # kaste kaster kastet; NN kastar kasta
        out += [st + "er", st + "et", st, inf + "s", st + "es", st + "ende", st + "ede",
                st + "a", st + "ar", st + "ast", st + "ete"]
    elif cls in ("te", "de"):
        short = undouble(st)
        past = short + ("te" if cls == "te" else "de")
        part = short + ("t" if cls == "te" else "d")
        out += [st + "er", past, part, st, inf + "s", st + "es", past + "s", st + "ende"]
    elif cls == "dde":  # bo bor bodde bodd
        out += [inf + "r", inf + "dde", inf + "dd", inf + "s", inf + "ende", inf + "dde"]
    else:
        raise ValueError("verb class %r for %r" % (cls, inf))
    return out


def adjectives(lemma):
    out = [lemma]
    last = lemma[-1]
    if lemma.endswith(("el", "en", "er")) and len(lemma) > 4 and lemma[-3] not in VOW:  # enkel, åpen, vakker
        short = undouble(lemma[:-2]) + lemma[-1]
        out += [lemma + "t", short + "e", short + "ere", short + "est", short + "este"]
        return out
    if last in VOW:  # blå, ny, bra
        out += [lemma + "tt", lemma + "e", lemma + "ere", lemma + "est", lemma + "este"]
        return out
    if lemma.endswith(("ig", "lig")):
        out += [lemma + "e", lemma + "ere", lemma + "st", lemma + "ste"]
        return out
    if lemma.endswith(("sk", "t")) and not (last == "t" and lemma[-2] in VOW):
        neut = lemma
    elif lemma.endswith("d") and lemma[-2] in VOW:
        neut = lemma[:-1] + "dt"
    elif len(lemma) > 2 and last == lemma[-2] and last not in VOW:
        neut = lemma[:-1] + "t"
    else:
        neut = lemma + "t"
    if lemma.endswith("som"):
        more = lemma + "m"
    else:
        more = lemma
    out += [neut, lemma + "e", more + "e", more + "ere", more + "est", more + "este"]
    return out


def degree(lemma, form, english):
    """'more X' for a generated comparative, 'most X' for a superlative; other forms keep the lemma's English."""
    if " " in english or form == lemma:
        return english
    if form.endswith("ere") and not lemma.endswith("ere"):
        return "more " + english
    if form.endswith(("est", "este", "st", "ste")) and not lemma.endswith(("st", "ste")):
        return "most " + english
    return english


def plain_spellings(key):
    """The spellings of a key typed without æ, ø or å (å to a is left to the gloss's accent folding)."""
    if not any(c in key for c in "æøå"):
        return []
    found = []
    for pair in ((("æ", "ae"), ("ø", "o"), ("å", "a")), (("æ", "ae"), ("ø", "o"), ("å", "aa")),
                 (("æ", "e"), ("ø", "oe"), ("å", "a")), (("æ", "a"), ("ø", "o"), ("å", "a"))):
        spelt = key
        for a, b in pair:
            spelt = spelt.replace(a, b)
        if spelt not in found and spelt != key.replace("å", "a"):
            found.append(spelt)
    return found


class Lexicon:
    def __init__(self):
        self.gloss = {}
        self.keys = []
        self.seen = set()  # every key met, identities included: a plain spelling never takes one

    def put(self, key, english):
        key = " ".join(key.lower().split())
        english = " ".join(english.lower().split())
        if not key or not english:
            return
        if key.endswith("*") and (" " in key or len(key) < 5):
            sys.exit("stem too short or not one word: %r" % key)
        if key in self.seen:
            return
        self.seen.add(key)
        if key == english:
            return  # a whole word spelt as its English adds only English-looking coverage; a stem (virus*) reads compounds
        self.gloss[key] = english
        self.keys.append(key)


def build():
    lex = Lexicon()
    for name in ("phrases.txt", "words.txt", "harm.txt"):
        for parts in read_list(name, 2):
            lex.put(parts[0], parts[1])
    # verbs before nouns: bruker (uses), lærer (learns), pakke (pack) read as the verb
    for parts in read_list("verbs.txt", 3):
        for form in verbs(parts[0], parts[1]) + listed(parts, 3):
            lex.put(form, parts[2])
    for parts in read_list("nouns.txt", 3):
        for form in nouns(parts[0], parts[1]) + listed(parts, 3):
            lex.put(form, parts[2])
    for parts in read_list("adj.txt", 2):
        forms = [parts[0]] if len(parts) > 2 and parts[2] == "=" else adjectives(parts[0]) + listed(parts, 2)
        for form in forms:
            lex.put(form, degree(parts[0], form, parts[1]))
    for parts in read_list("stems.txt", 2):
        lex.put(parts[0], parts[1])
    # the same words typed on a keyboard without æ ø å, never over a word of their own
    for key in list(lex.keys):
        for spelt in plain_spellings(key):
            if key.endswith("*") and len(spelt) < 5:
                continue
            lex.put(spelt, lex.gloss[key])
    return lex


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(OUT)
    lex = build()
    head = [
        "# Norwegian (no) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Bokmål with common Nynorsk forms and chat spellings without æ/ø/å: function words, request phrasing,",
        "# everyday vocabulary and the vocabulary of harms; noun, verb and adjective forms generated from hand lists,",
        "# stems (word*) for compounds. Words spelt like English ones (gift, hat, by, fart, slutt, barn, bra) carry",
        "# their Norwegian meaning. Generated by scripts/gloss/no/gen.py; \"-\" drops a word.",
    ]
    total, stems = glosslib.write_lexicon(target, head, {k: lex.gloss[k] for k in lex.keys}, stems_comment=None)
    print("%d entries, %d stems -> %s" % (total, stems, target), file=sys.stderr)


if __name__ == "__main__":
    main()

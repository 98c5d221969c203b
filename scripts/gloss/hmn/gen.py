#!/usr/bin/env python3
"""Hmong (hmn) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/hmn.tsv from the hand-written lists in data/, the same
bytes on every run (lists are read in the order below; the first entry for a key wins).

Hmong is analytic and monosyllabic: no word inflects, and meaning lives in compounds and set phrases written as
separate syllables in the Romanized Popular Alphabet (tib neeg, foob pob, tshuaj lom, ua li cas). So the lists are
words and phrases of up to four syllables, all in one format, key<TAB>english:

  function.txt  pronouns, classifiers, particles, question words, negation, modals, time words, numbers
  requests.txt  how people ask an assistant (qhia kuv, pab kuv, kuv yuav ua li cas, sau ib zaj ...)
  harm.txt      the vocabulary of harms and its benign neighbours (tua teeb: turn off the light)
  verbs.txt     verbs and verb phrases
  vocab.txt     everyday nouns, adjectives and compounds
  green.txt     Green Hmong (Mong Leng) spellings that differ from White Hmong (tsi, hab, moog, le caag ...)
  loans.txt     loanwords as Hmong writes them
  toneless.txt  single syllables typed without their tone letter, chosen by hand

Two kinds of spelling are generated:
  - phrases typed without tone letters: RPA writes the tone as a final consonant letter (b j v s g m d), which
    chat often leaves out ("ua li ca" for ua li cas). Every phrase of two or more syllables also gets its toneless
    spelling, unless that spelling is a listed entry or two phrases with different meanings fold to it. Single
    syllables fold together far too often (tuag die / tua kill), so only those in toneless.txt are added.
  - compounds written as one word (menyuam, foobpob, tshuajlom): the two- and three-syllable entries of the
    vocabulary lists (not the function words or request patterns), when the joined spelling has 5+ letters.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)

OUT = glosslib.lexicon_path("hmn")
TONE_LETTERS = "bjvsgmd"
VOWEL_LETTERS = "aeiouw"
LISTS = ["function.txt", "requests.txt", "harm.txt", "harm2.txt", "verbs.txt", "vocab.txt", "more.txt", "green.txt",
         "loans.txt"]
JOINABLE = {"harm.txt", "harm2.txt", "verbs.txt", "vocab.txt", "more.txt", "green.txt", "loans.txt"}
MAX_WORDS = 4
POSSESSIVE = [("kuv", "my"), ("koj", "your"), ("nws", "his"), ("peb", "our"), ("lawv", "their"), ("nej", "your"),
              ("neb", "your"), ("wb", "our"), ("nkawv", "their"), ("nwg", "his"), ("puab", "their"), ("mej", "your")]
PREPOSITIONS = [("rau", "to"), ("nrog", "with"), ("txog", "about"), ("ntawm", "at"), ("rua", "to"), ("nrug", "with")]
OBJECTS = [("kuv", "me"), ("koj", "you"), ("nws", "him"), ("peb", "us"), ("lawv", "them"), ("nej", "you"),
           ("nwg", "him"), ("puab", "them")]
# kin and close relations: a pronoun before them is a possessive without a classifier (kuv niam: my mother)
KIN = [("niam", "mother"), ("txiv", "father"), ("niam txiv", "parents"), ("tub", "son"), ("ntxhais", "daughter"),
       ("me nyuam", "child"), ("menyuam", "child"), ("poj niam", "wife"), ("pojniam", "wife"), ("tus txiv", "husband"),
       ("kwv tij", "relatives"), ("nus", "brother"), ("muam", "sister"), ("yawg", "grandfather"),
       ("pog", "grandmother"), ("phooj ywg", "friend"), ("tsev neeg", "family"), ("tij laug", "older brother"),
       ("xib fwb", "teacher")]
# the Green Hmong spelling of a word that folds to it: tsis -> tsi (not) in both dialects
SAME_FOLDED = {"tsis"}
CLASSIFIERS = ["tus", "tug", "lub", "daim", "phau", "txoj", "rab", "tsab", "zaj", "cov", "tej", "tsob", "dlaim"]


def untoned(syllable):
    """The syllable without its tone letter: neeg -> nee, kuv -> ku; a mid-tone syllable (ua, li) stays."""
    if len(syllable) > 1 and syllable[-1] in TONE_LETTERS and syllable[-2] in VOWEL_LETTERS:
        return syllable[:-1]
    return syllable


class Entries:
    """Keys in the order first put, each with the English of its first entry."""

    def __init__(self):
        self.english = {}

    def put(self, key, english, where):
        key = " ".join(key.lower().split())
        english = " ".join(english.lower().split())
        if not key or not english:
            sys.exit("%s: empty key or gloss" % where)
        if key.endswith("*") and (" " in key or len(key) < 4):
            sys.exit("%s: bad stem %r" % (where, key))
        if len(key.split()) > MAX_WORDS:
            sys.exit("%s: phrase of more than %d words %r" % (where, MAX_WORDS, key))
        if key in self.english or key.rstrip("*") == english:
            return False
        self.english[key] = english
        return True


def read_pairs(name):
    return [(row[0], row[1]) for row in glosslib.read_rows(HERE, name, 2)]


def spellings(words, syllables):
    """Every spelling of a phrase with some of its tone letters left out (the phrase as listed first). A syllable
    keeps its tone letter where leaving it out makes another known syllable (tuag die -> tua kill, xav -> xa)."""
    out = [[]]
    for w in words:
        bare = untoned(w)
        foldable = bare != w and (bare not in syllables or w in SAME_FOLDED)
        out = [done + [w] for done in out] + ([done + [bare] for done in out] if foldable else [])
    return [" ".join(x) for x in out]


def fold_candidates(listed):
    """Spellings of the listed phrases with tone letters left out: spelling -> the English, where every phrase that
    folds to that spelling agrees on it."""
    syllables = {w for key, _ in listed for w in key.split()}
    seen = {}
    order = []
    for key, english in listed:
        words = key.split()
        if len(words) < 2 or english == "-":
            continue
        for folded in spellings(words, syllables)[1:]:
            if folded not in seen:
                seen[folded] = []
                order.append(folded)
            if english not in seen[folded]:
                seen[folded].append(english)
    return [(f, seen[f][0]) for f in order if len(seen[f]) == 1]


def possessives():
    """Pronoun + classifier is a possessive (kuv tus xib fwb: my teacher; koj lub tsev: your house), also after a
    preposition that makes a phrase with the pronoun (rau kuv tus xib fwb: to my teacher)."""
    out = []
    for pronoun, english in POSSESSIVE:
        for classifier in CLASSIFIERS:
            if pronoun == "peb" and classifier not in ("cov", "tej"):
                continue  # peb tus, peb lub: also 'three'
            out.append((pronoun + " " + classifier, english))
            for prep, prep_english in PREPOSITIONS:
                out.append((prep + " " + pronoun + " " + classifier, prep_english + " " + english))
    for pronoun, english in POSSESSIVE:
        for kin, kin_english in KIN:
            out.append((pronoun + " " + kin, english + " " + kin_english))
            for prep, prep_english in PREPOSITIONS:
                out.append((prep + " " + pronoun + " " + kin, prep_english + " " + english + " " + kin_english))
    for prep, prep_english in PREPOSITIONS:
        for pronoun, english in OBJECTS:
            out.append((prep + " " + pronoun, prep_english + " " + english))
    return out


def joined_candidates(listed):
    """Two- and three-syllable compounds written as one word: me nyuam -> menyuam, foob pob -> foobpob."""
    out = []
    for key, english in listed:
        words = key.split()
        if 2 <= len(words) <= 3 and english != "-":
            joined = "".join(words)
            if len(joined) >= 5:
                out.append((joined, english))
    return out


def build():
    lex = Entries()
    listed = []  # (key, english) as entered, for the generated spellings
    joinable = []
    rows = [(name, key, english) for name in LISTS for key, english in read_pairs(name)]
    for name, key, english in rows:
        key = " ".join(key.lower().split())
        lex.put(key, english, name)
        pair = (key, lex.english.get(key, english))
        listed.append(pair)
        if name in JOINABLE:
            joinable.append(pair)
    for key, english in possessives():
        lex.put(key, english, "possessive")
        listed.append((key, english))
    for key, english in read_pairs("toneless.txt"):
        lex.put(key, english, "toneless.txt")
    for key, english in fold_candidates(listed):
        lex.put(key, english, "toneless phrase")
    for key, english in joined_candidates(joinable):
        lex.put(key, english, "joined compound")
    return lex


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else OUT
    lex = build()
    header = [
        "# Hmong (hmn) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# White Hmong (Hmoob Dawb) and Green Hmong (Moob Leeg) in the Romanized Popular Alphabet: function words,",
        "# classifiers, request phrasing, everyday words and the vocabulary of harms, mostly as phrases of up to four",
        "# syllables; also phrases typed without tone letters and compounds written as one word (menyuam, foobpob).",
        "# Generated by scripts/gloss/hmn/gen.py from hand-written lists; \"-\" drops a word (classifiers, particles).",
    ]
    total, stems = glosslib.write_lexicon(target, header, lex.english, stems_comment=None)
    sys.stderr.write("hmn: %d entries, %d stems -> %s\n" % (total, stems, target))


if __name__ == "__main__":
    main()

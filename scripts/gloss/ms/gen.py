#!/usr/bin/env python3
"""Malay (ms) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/ms.tsv from the hand-written lists in data/. Lists are
read in a fixed order and the first entry for a key wins, so the output is the same bytes on every run.

  words.txt  key<TAB>english     function words, particles, chat spellings, request phrases (up to 4 words)
  harm.txt   key<TAB>english     vocabulary of harms and their benign neighbours, words and phrases
  verbs.txt  root<TAB>english[<TAB>derived noun as written<TAB>peN- agent as written<TAB>flags]
  nouns.txt  noun<TAB>english    gets reduplicated plurals (bom-bom, bom2) and the clitics -nya -ku -mu -lah -kah
  adj.txt    adjective<TAB>english[<TAB>ke-...-an noun]
  stems.txt  stem*<TAB>english

Verb roots get meN- (with nasal assimilation: buat -> membuat, tulis -> menulis, curi -> mencuri, kira -> mengira,
sapu -> menyapu, bom -> mengebom), di-, ter-, ber-, -kan, -i, memper-/diper-...-kan, peN-...-an (when a noun gloss
is given), -an, and the clitics -nya, -lah, -kah. Verb flags: k = loanword, meN- keeps its first consonant
(proses -> memproses); b = no ber- form; t = no ter- form; m = no meN-/di- forms (a root that is a noun, not a verb).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)

OUT = glosslib.lexicon_path("ms")
VOWELS = "aeiou"
HEADER = [
    "# Malay (ms) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
    "# Bahasa Melayu of Malaysia, Brunei and Singapore, standard and chat spelling (x/tak, nk/nak, camne, sy, korang,",
    "# dorang), with particles (lah, je, pun, kot) dropped. Verb roots are expanded with meN- (nasal assimilation),",
    "# di-, ter-, ber-, -kan, -i, peN-...-an, -an and the clitics -nya/-lah/-kah; nouns with reduplicated plurals.",
]


def rows(name, ncols):
    return glosslib.read_rows(HERE, name, ncols)


def col(parts, idx):
    return parts[idx] if len(parts) > idx else ""


def syllables(word):
    """A rough syllable count: every vowel, a final ai, au, oi once. Enough to tell one-syllable roots (bom,
    cat, klik) from the rest (buat, tulis)."""
    count, prev = 0, ""
    for i, ch in enumerate(word):
        final_diphthong = i == len(word) - 1 and prev + ch in ("ai", "au", "oi")
        if ch in VOWELS and not final_diphthong:
            count += 1
        prev = ch
    return count


def nasal(root, prefix, keep=False):
    """meN- or peN- (prefix 'me' or 'pe') joined to root with the assimilation the language writes."""
    if syllables(root) == 1:
        return prefix + "nge" + root
    first, second = root[0], root[1:2]
    cluster = second and second not in VOWELS and second not in "hy"
    if first in VOWELS:
        return prefix + "ng" + root
    if first in "gh" or root.startswith("kh"):
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + (root if keep or cluster else root[1:])
    if first in "bfv":
        return prefix + "m" + root
    if first == "p":
        return prefix + "m" + (root if keep or cluster else root[1:])
    if first in "cdjz" or root.startswith("sy"):
        return prefix + "n" + root
    if first == "t":
        return prefix + "n" + (root if keep or cluster else root[1:])
    if first == "s":
        return prefix + ("n" + root if keep or cluster else "ny" + root[1:])
    return prefix + root  # l m n r w y ng ny


def ber(root):
    if root == "ajar":
        return "belajar"
    if root.startswith("r") or root[1:3] == "er" and len(root) > 3 and root[3] not in VOWELS:
        return "be" + root
    return "ber" + root


def ter(root):
    return "te" + root if root.startswith("r") else "ter" + root


class Lexicon:
    def __init__(self):
        self.entries = {}

    def add(self, key, english):
        key = key.strip().lower()
        english = english.strip()
        if not key or not english or key == english or key in self.entries:
            return
        self.entries[key] = english

    def add_clitics(self, word, english, possessive=False):
        self.add(word, english)
        for suffix in ("nya", "lah", "kah", "pun"):
            self.add(word + suffix, english)
        if possessive:
            self.add(word + "ku", "my " + english)
            self.add(word + "mu", "your " + english)


def doer(english):
    """English for the peN- agent of a verb: kill -> killer, write -> writer, kidnap -> kidnapper."""
    if " " in english:
        return "person who " + english + "s"
    if english.endswith("e"):
        return english + "r"
    if len(english) <= 6 and english[-1] in "bdgmnpt" and english[-2] in VOWELS and english[-3] not in VOWELS:
        return english + english[-1] + "er"
    return english + "er"


def verb_forms(lex, parts):
    root, english = parts[0], parts[1]
    noun_an, agent, flags = col(parts, 2), col(parts, 3), col(parts, 4)
    keep = "k" in flags
    lex.add_clitics(root, english)
    if "m" not in flags:
        men = nasal(root, "me", keep)
        pen = nasal(root, "pe", keep)
        for form in (men, men + "kan", men + "i", "di" + root, "di" + root + "kan", "di" + root + "i",
                     "memper" + root + "kan", "diper" + root + "kan"):
            lex.add_clitics(form, english)
        if root.endswith("k"):
            lex.add_clitics(men + "kan"[1:], english)  # masuk -> memasukkan is covered; typed memasukan
        if len(root) >= 4:
            lex.add(men + "*", english)
            lex.add("di" + root + "*", english)
    if "t" not in flags:
        lex.add_clitics(ter(root), english)
        lex.add_clitics(ter(root) + "kan", english)
    if "b" not in flags:
        lex.add_clitics(ber(root), english)
    lex.add_clitics(root + "kan", english)
    lex.add_clitics(root + "i", english)
    if noun_an:  # the derived noun as written (letupan, pembunuhan), read as the act
        lex.add_clitics(noun_an, english, possessive=True)
        lex.add(noun_an + "-" + noun_an, english)
    if agent:  # the doer as written (pembunuh, penulis)
        lex.add_clitics(agent, doer(english), possessive=True)
        lex.add(agent + "-" + agent, doer(english) + "s")
    if len(root) >= 5:
        lex.add(root + "*", english)


def noun_forms(lex, noun, english):
    lex.add_clitics(noun, english, possessive=" " not in noun)
    if " " in noun:
        return
    plural = english if english.endswith("s") or " " in english else english + "s"
    lex.add(noun + "-" + noun, plural)
    lex.add(noun + "2", plural)
    lex.add(noun + "-" + noun + "nya", plural)
    lex.add(noun + "2nya", plural)


def adj_forms(lex, parts):
    adj, english, noun = parts[0], parts[1], col(parts, 2)
    lex.add_clitics(adj, english)
    lex.add("ter" + adj, "most " + english)
    lex.add("se" + adj, "as " + english)
    lex.add(adj + "-" + adj, english)
    lex.add(adj + "2", english)
    lex.add("ke" + adj + "an", noun or english + "ness")
    lex.add_clitics("ke" + adj + "an", noun or english + "ness")
    lex.add(nasal(adj, "me") + "kan", "make " + english)


def main():
    lex = Lexicon()
    for name in ("words.txt", "harm.txt"):
        for parts in rows(name, 2):
            lex.add(parts[0], parts[1])
    for parts in rows("verbs.txt", 2):
        verb_forms(lex, parts)
    for parts in rows("nouns.txt", 2):
        noun_forms(lex, parts[0], parts[1])
    for parts in rows("adj.txt", 2):
        adj_forms(lex, parts)
    for parts in rows("stems.txt", 2):
        if parts[0].endswith("*") and len(parts[0]) > 3:
            lex.add(parts[0], parts[1])
    total, stems = glosslib.write_lexicon(OUT, HEADER, lex.entries)
    print("ms.tsv: %d entries (%d stems)" % (total, stems))


if __name__ == "__main__":
    main()

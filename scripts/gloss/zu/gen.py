#!/usr/bin/env python3
"""Zulu (isiZulu, zu) -> English gloss lexicon generator for ACE.

Reads the hand-written lists in data/ and writes ace-core/.../gloss/zu.tsv, the same bytes on every run.
  words.txt   key<TAB>english           function words, request phrasing, phrases (up to 4 words)
  harm.txt    key<TAB>english           the vocabulary of harms (whole words, phrases and stems)
  verbs.txt   root<TAB>flag<TAB>english[<TAB>passive root][<TAB>extra,forms]
              root without the hyphen (bulala, enza); flag: k = key verb (object concords too), v = verb,
              = = extras only; english "make" or "make|made|made" (base|past|participle)
  nouns.txt   singular<TAB>plural<TAB>english[<TAB>english plural]   plural '-' when there is none
  adj.txt     stem<TAB>kind<TAB>english   kind a (adjective: omkhulu, enkulu) or r (relative: olula, kulula)
  stems.txt   stem*<TAB>english
Zulu writes the concords onto the word, so a verb is listed by its root and its forms are made here: subject
concord + tense (ngi-, ngiya-, ngizo-, nga-, angi-, ngiyanga-...) + optional object concord + root. Where the end of
the word varies (extensions -ela/-isa/-wa, final -a/-e/-i/-ile) the form is written as a stem (ngizobulal*) of at
least 4 letters; short roots (-dla, -pha) are listed whole. Nouns get their plural, the forms without the initial
vowel (leli bhomu), the copula (yibhomu), the possessives (webhomu, yebhomu...), na-/nga-/njenga- and the locative.
The first entry for a key wins; entries whose English is the key itself are left out.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
OUT = glosslib.lexicon_path("zu")
VOWEL = "aeiou"

# ---------- English helpers ----------
IRREG = {
    "make": ("made", "made"), "do": ("did", "done"), "build": ("built", "built"), "write": ("wrote", "written"),
    "tell": ("told", "told"), "give": ("gave", "given"), "show": ("showed", "shown"), "get": ("got", "gotten"),
    "find": ("found", "found"), "buy": ("bought", "bought"), "sell": ("sold", "sold"), "steal": ("stole", "stolen"),
    "shoot": ("shot", "shot"), "stab": ("stabbed", "stabbed"), "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"),
    "see": ("saw", "seen"), "know": ("knew", "known"), "take": ("took", "taken"), "eat": ("ate", "eaten"),
    "drink": ("drank", "drunk"), "go": ("went", "gone"), "come": ("came", "come"), "say": ("said", "said"),
    "send": ("sent", "sent"), "put": ("put", "put"), "hide": ("hid", "hidden"), "break": ("broke", "broken"),
    "burn": ("burned", "burned"), "catch": ("caught", "caught"), "bring": ("brought", "brought"),
    "teach": ("taught", "taught"), "think": ("thought", "thought"), "run": ("ran", "run"), "sleep": ("slept", "slept"),
    "feel": ("felt", "felt"), "leave": ("left", "left"), "lose": ("lost", "lost"), "pay": ("paid", "paid"),
    "speak": ("spoke", "spoken"), "read": ("read", "read"), "hear": ("heard", "heard"), "begin": ("began", "begun"),
    "cut": ("cut", "cut"), "fight": ("fought", "fought"), "spread": ("spread", "spread"), "grow": ("grew", "grown"),
    "throw": ("threw", "thrown"), "choose": ("chose", "chosen"), "forget": ("forgot", "forgotten"),
    "understand": ("understood", "understood"), "sit": ("sat", "sat"), "stand": ("stood", "stood"),
    "win": ("won", "won"), "swim": ("swam", "swum"), "drive": ("drove", "driven"), "ride": ("rode", "ridden"),
    "fall": ("fell", "fallen"), "hang": ("hanged", "hanged"), "shut": ("shut", "shut"), "set": ("set", "set"),
    "bite": ("bit", "bitten"), "blow": ("blew", "blown"), "keep": ("kept", "kept"), "meet": ("met", "met"),
    "lead": ("led", "led"), "mean": ("meant", "meant"), "sing": ("sang", "sung"), "wear": ("wore", "worn"),
    "rob": ("robbed", "robbed"), "stop": ("stopped", "stopped"), "plan": ("planned", "planned"),
    "drop": ("dropped", "dropped"), "beat": ("beat", "beaten"), "dig": ("dug", "dug"), "hold": ("held", "held"),
    "forgive": ("forgave", "forgiven"), "be": ("was", "been"), "have": ("had", "had"), "lie": ("lied", "lied"),
    "shake": ("shook", "shaken"), "kidnap": ("kidnapped", "kidnapped"), "swear": ("swore", "sworn"),
    "tear": ("tore", "torn"), "bleed": ("bled", "bled"), "feed": ("fed", "fed"), "freeze": ("froze", "frozen"),
    "rise": ("rose", "risen"), "wake": ("woke", "woken"), "fly": ("flew", "flown"), "dare": ("dared", "dared"),
    "let": ("let", "let"), "sweep": ("swept", "swept"), "spend": ("spent", "spent"), "lend": ("lent", "lent"),
    "bury": ("buried", "buried"), "strike": ("struck", "struck"), "hunt": ("hunted", "hunted"),
}


def ing(v):
    """The -ing form of an English verb phrase (its first word)."""
    head, _, rest = v.partition(" ")
    if head.endswith("ie"):
        head = head[:-2] + "y"
    elif head.endswith("e") and not head.endswith(("ee", "ye")) and len(head) > 2:
        head = head[:-1]
    elif head in ("stab", "shoot", "hit", "cut", "run", "swim", "rob", "stop", "plan", "drop", "dig", "sit",
                  "win", "set", "put", "get", "let", "shut", "kidnap", "begin", "forget"):
        head = head + (head[-1] if head not in ("shoot",) else "")
    return head + "ing" + ((" " + rest) if rest else "")


def eng_past(v):
    """Past tense and participle of an English verb phrase (its first word inflected)."""
    head, _, rest = v.partition(" ")
    if head in IRREG:
        p, pp = IRREG[head]
    elif head.endswith("e"):
        p = pp = head + "d"
    elif head.endswith("y") and len(head) > 2 and head[-2] not in VOWEL:
        p = pp = head[:-1] + "ied"
    else:
        p = pp = head + "ed"
    tail = (" " + rest) if rest else ""
    return p + tail, pp + tail


PLURAL = {"person": "people", "man": "men", "woman": "women", "child": "children", "tooth": "teeth", "foot": "feet",
          "mouse": "mice", "knife": "knives", "wife": "wives", "life": "lives", "leaf": "leaves", "thief": "thieves",
          "sheep": "sheep", "fish": "fish", "police": "police", "money": "money", "news": "news", "wolf": "wolves",
          "goose": "geese", "shelf": "shelves", "half": "halves", "ox": "oxen"}


def eng_plural(n):
    head, sep, last = n.rpartition(" ")
    pre = head + sep
    if last in PLURAL:
        return pre + PLURAL[last]
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return pre + last + "es"
    if last.endswith("y") and len(last) > 2 and last[-2] not in VOWEL:
        return pre + last[:-1] + "ies"
    return pre + last + "s"


# ---------- reading data ----------
def rows(name, ncols):
    return glosslib.read_rows(HERE, name, ncols)


def split_list(cell):
    return [x.strip() for x in cell.split(",") if x.strip()]


# ---------- Zulu sound rules ----------
def glue(prefix, root):
    """Joins a concord to a root, with the vowel rules: ngi+enza ngenza, u+enza wenza, ba+akha bakha, ku+enza kwenza."""
    if not prefix:
        return root
    if not root or root[0] not in VOWEL:
        return prefix + root
    r0 = root[0]
    if prefix == "u":
        return "w" + root
    if prefix == "i":
        return "y" + root
    if prefix == "o":
        return "ow" + root
    if prefix == "e":
        return "ey" + root
    last = prefix[-1]
    if last == "i":
        return prefix[:-1] + root
    if last == "u":
        return prefix[:-1] + (root if r0 in "ou" else "w" + root)
    if last == "a":
        merged = {"a": "a", "e": "e", "i": "e", "o": "o", "u": "o"}[r0]
        return prefix[:-1] + merged + root[1:]
    if last == "o":
        return prefix[:-1] + root
    return prefix + root


def after_nasal(stem, plural=False):
    """Class 9/10 nasal before an adjective stem: khulu enkulu, bi embi, sha entsha, hle enhle, ncane encane."""
    if stem[0] in "nm":
        return stem
    for a, b in (("kh", "k"), ("th", "t"), ("ph", "p"), ("sh", "tsh"), ("s", "ts")):
        if stem.startswith(a):
            stem = b + stem[len(a):]
            break
    if stem[0] in "bpfv":
        return "m" + stem
    if stem[0] in VOWEL:
        return stem
    return "n" + stem


# ---------- verbs ----------
# subject concords (present), remote past, negative, relative; the first few serve every verb, the rest key verbs
SUBJ = [("ngi", "i"), ("u", "you"), ("si", "we"), ("ba", "they"), ("ku", "it"), ("i", "it"), ("li", "it"),
        ("ni", "you"), ("zi", "they")]
PAST = [("nga", "i"), ("wa", "he"), ("ba", "they"), ("kwa", "it"), ("sa", "we"), ("ya", "it"), ("la", "it"),
        ("za", "they"), ("na", "you")]
NEG = [("angi", "i"), ("aka", "he"), ("aba", "they"), ("aku", "it"), ("awu", "you"), ("asi", "we"),
       ("ayi", "it"), ("ali", "it"), ("azi", "they"), ("ani", "you")]
REL = [("o", "who"), ("aba", "who"), ("oku", "that"), ("esi", "that"), ("ezi", "that"), ("eli", "that"),
       ("e", "that"), ("olu", "that")]
PASSIVE = [("u", "he is"), ("ba", "they are"), ("ku", "it is"), ("i", "it is"), ("wa", "he was"),
           ("kwa", "it was"), ("o", "who is"), ("oku", "that is"), ("ngi", "i am"), ("li", "it is"),
           ("zi", "they are"), ("si", "we are"), ("ya", "it was"), ("la", "it was"), ("za", "they were"),
           ("aka", "he is not"), ("aku", "it is not"), ("e", "that is"), ("esi", "that is"), ("ezi", "that are")]
# object concords: p for people (me, him, them, you, us), t for things (it, them)
OBJ_P = [("ngi", "me"), ("m", "him"), ("ba", "them"), ("ku", "you"), ("si", "us"), ("zi", "oneself")]
OBJ_T = [("yi", "it"), ("li", "it"), ("zi", "them"), ("si", "it"), ("ku", "it")]


class Verbs:
    """Makes a verb's forms from its root; a key verb (flag k) gets more subjects and the object concords."""

    def __init__(self, add):
        self.add = add

    def emit(self, prefix, base, short, gloss, endings):
        """A form whose end varies: a stem prefix+base* when it is distinctive, else the listed endings whole."""
        head = glue(prefix, base)
        if not short and len(head) >= 5:
            self.add(head + "*", gloss)
        else:
            for e in endings:
                self.add(glue(prefix, base + e), gloss)

    def verb(self, root, flag, eng, passive, extra):
        parts = eng.split("|")
        v = parts[0]
        past, pp = eng_past(v)
        if len(parts) > 1:
            past = parts[1]
            pp = parts[2] if len(parts) > 2 else past
        add = self.add
        for x in extra:
            add(x, v)
        if flag == "=":
            return
        if root[-1] != "a":
            sys.exit("verb root should end in -a (use flag '=' and extras): " + root)
        key = flag.startswith("k")
        base = root[:-1]
        vowel = root[0] in VOWEL
        short = len(base) < 3 or (len(base) < 4 and not vowel and base[-1] in VOWEL)
        pos_end = ("a", "e", "ile", "ela", "isa", "wa")
        neg_end = ("i", "anga")
        n_subj, n_past, n_neg, n_rel, n_pass = (7, 5, 6, 5, 5) if key else (6, 2, 4, 3, 2)
        # whole forms: imperative, infinitive, the short perfect of -ala/-ana verbs (bulele), subjunctive
        imp = ("y" + root) if vowel else (("yi" + root) if len(base) < 3 else root)
        add(imp, v)
        add(imp + "ni", v)
        for p, e in (("uku", "to "), ("ku", "to ")):
            add(glue(p, root), e + v)
        for p, e in (("ngoku", "by "), ("yoku", "of "), ("koku", "of "), ("zoku", "of ")) if key else \
                (("ngoku", "by "), ("yoku", "of "), ("koku", "of ")):
            add(glue(p, root), e + ing(v))
        if key:
            add(glue("eku", base + "eni"), "in " + ing(v))
        if not vowel and base.endswith(("al", "an")) and len(base) > 3:
            perf = base[:-2] + "e" + base[-1] + "e"
            for p, s in SUBJ[:n_subj - 2]:
                add(glue(p, perf), s + " " + past)
            add(perf, past)
        for p, s in (("u", "do not "), ("ngi", "i not "), ("si", "we not "), ("ba", "they not "))[:4 if key else 2]:
            add(glue(p + "nga", base + "i"), s + v)
        if key:
            add(glue("ukunga", base + "i"), "not to " + v)
            add(glue("a", base + "e"), "he should " + v)
        # stems: the end varies with extensions and tense
        for i, (p, s) in enumerate(SUBJ[:n_subj]):
            self.emit(p + "ya", base, short, s + " " + v, pos_end)
            if key or i < 4:  # ku- and i- with -ya- only, for the plain verbs
                self.emit(p + ("zoku" if vowel else "zo"), base, short, s + " will " + v, pos_end)
                self.emit(p + "nga", base, short, s + " can " + v, pos_end)
                self.emit(p, base, short, s + " " + v, pos_end)
        for p, s in PAST[:n_past]:
            self.emit(p, base, short, s + " " + past, pos_end)
        for p, s in NEG[:n_neg]:
            self.emit(p, base, short, s + " do not " + v, neg_end)
        for p, s in (("uku", "to"), ("e", "he"), ("bengi", "i was"))[:3 if key else 2]:
            self.emit(p, base, short, s + " " + (ing(v) if p == "bengi" else v), pos_end)
        for p, s in REL[:n_rel]:
            self.emit(p, base, short, s + " " + v, pos_end)
        if key:
            self.emit("anga", base, short, "he can " + v, pos_end)
            for p, s in (("ozo", "who will"), ("abazo", "who will"), ("ezizo", "that will"), ("ezo", "that will"),
                         ("okuzo", "that will")):
                self.emit(p + ("ku" if vowel else ""), base, short, s + " " + v, pos_end)
        if passive != "-":
            pbase = passive[:-1] if passive else (base + "w")
            self.emit("uku", pbase, False, "to be " + pp, ("a",))
            for p, s in PASSIVE[:n_pass]:
                self.emit(p, pbase, False, s + " " + pp, ("a", "e", "i"))
        if not key:
            # the commonest object forms only: ngingayenza 'how can I make it', ungangisiza 'can you help me'
            for o, oe in (("yi", "it"), ("li", "it"), ("zi", "them"), ("m", "him")):
                self.add(glue("nginga" + o, base) + "*", "i can " + v + " " + oe)
            for o, oe in (("ngi", "me"), ("yi", "it")):
                self.add(glue("unga" + o, base) + "*", "you can " + v + " " + oe)
            self.add(glue("ukuyi", base) + "*", "to " + v + " it")
        # both: the thing reading of si/ku/zi first (ngingasenza 'I can make it'), else the person one
        objs = (OBJ_P if "p" in flag else []) + (OBJ_T if "t" in flag else [])
        if "p" in flag and "t" in flag:
            objs = OBJ_P[:3] + OBJ_T + OBJ_P[3:]
        seen = set()
        for o, oe in objs:
            if o in seen:
                continue  # si and ku are both person and thing objects: the person reading comes first
            seen.add(o)
            oroot = glue(o, root)
            obase = oroot[:-1]
            # imperative with an object: mbulale, ngitshele, yenze; ngenze, ngibhale are rather 'that I make/write'
            add(obase + "e", ("i " + v) if (o == "ngi" and "t" in flag) else (v + " " + oe))
            add(glue("uku", oroot), "to " + v + " " + oe)
            for p, s in SUBJ[:4]:
                for tam, te in (("ya", ""), ("zo", "will "), ("nga", "can ")) if p in ("ngi", "u") else (("nga", "can "),):
                    add(p + tam + obase + "*", s + " " + te + v + " " + oe)
            for p in ("ngi", "u"):
                add(p + obase + "*", {"ngi": "i", "u": "you"}[p] + " " + v + " " + oe)
            for p, s in PAST[:2]:
                add(p + obase + "*", s + " " + past + " " + oe)
            for p, s in NEG[:1]:
                add(p + obase + "*", s + " do not " + v + " " + oe)
        if "p" in flag:
            # applied imperatives with me/us: ngibhalele 'write for me', ngenzele 'do for me'
            for o, oe in (("ngi", "me"), ("si", "us")):
                app = glue(o, base + "el")
                add(app + "e", v + " for " + oe)
                add(app + "eni", v + " for " + oe)
                add(glue("u", app + "e"), "you " + v + " for " + oe)
                add(glue("unga", app + "a"), "can you " + v + " for " + oe)


# ---------- nouns ----------
POSS = ["wa", "ya", "za", "la", "sa", "kwa", "ba", "lwa"]


def noun_forms(word, eng, add, person, full):
    """A noun and its forms: without the initial vowel (leli bhomu), copula (yibhomu), possessives (webhomu),
    na- 'and', nga- 'with', njenga- 'like', the locative (ebhomini) or ku- 'to' for people. full: all of them
    (the nouns of harms and the singular of the others), else the common ones."""
    add(word, eng)
    if "-" in word or " " in word or word[0] not in VOWEL:
        return
    v0, rest = word[0], word[1:]
    if len(rest) >= 3:
        add(rest, eng)
    add(glue("nga", word), "with " + eng)  # before the copula: ngamaphoyisa is rather 'by the police'
    add(("y" + word) if v0 == "i" else ("ng" + word), "is " + eng)
    for c in POSS if full == 2 else POSS[:6] if full else POSS[:2]:
        add(glue(c, word), "of " + eng)
    add(glue("na", word), "and " + eng)
    if full:
        add(glue("njenga", word), "like " + eng)
        add("ku" + rest, "to " + eng)
    if person:
        add("ku" + rest, "to " + eng)
        add("ka" + rest, "of " + eng)
    elif full:
        front = ("o" if (v0 == "u" and not rest.startswith(("m", "bu", "ku"))) else "e") + rest
        for end in {"a": ("eni",), "e": ("eni",), "i": ("ini",), "o": ("weni", "eni"), "u": ("wini", "ini")}.get(
                word[-1], ()):
            add(front[:-1] + end, "in " + eng)
        add(front, "in " + eng)  # esibhedlela, ekhaya


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    entries, order = {}, []

    def add(key, eng):
        key = " ".join(key.lower().split())
        eng = " ".join(eng.lower().split())
        if not key or not eng or "\t" in key:
            return
        if key.endswith("*") and (len(key) < 5 or " " in key):
            sys.exit("bad stem %r" % key)
        if key.rstrip("*") == eng:
            return
        if key not in entries:
            entries[key] = eng
            order.append(key)

    for k, e in rows("words.txt", 2):
        add(k, e)
    for k, e in rows("harm.txt", 2):
        add(k, e)
    harm_nouns = rows("harm-nouns.txt", 3)
    nouns = harm_nouns + rows("nouns.txt", 3)
    # the plain nouns first, so that verb forms never shadow a noun
    for sg, pl, eng, *more in nouns:
        add(sg, eng)
        if pl != "-":
            add(pl, more[0] if more and more[0] else eng_plural(eng))
    vb = Verbs(add)
    verbs = rows("verbs.txt", 3)
    for cols in verbs:
        root, flag, eng = cols[0], cols[1], cols[2]
        passive = cols[3] if len(cols) > 3 else ""
        extra = split_list(cols[4]) if len(cols) > 4 else []
        if flag.startswith("k"):
            vb.verb(root, flag, eng, passive, extra)
    for cols in verbs:
        root, flag, eng = cols[0], cols[1], cols[2]
        passive = cols[3] if len(cols) > 3 else ""
        extra = split_list(cols[4]) if len(cols) > 4 else []
        if not flag.startswith("k"):
            vb.verb(root, flag, eng, passive, extra)
    for i, (sg, pl, eng, *more) in enumerate(nouns):
        harm = i < len(harm_nouns)
        person = pl != "-" and sg.startswith("u") and pl.startswith(("aba", "o"))
        noun_forms(sg, eng, add, person, 2 if harm else 1)
        if pl != "-":
            noun_forms(pl, more[0] if more and more[0] else eng_plural(eng), add, person, 2 if harm else 0)
    # 'I have a gun', 'do you have poison': subject + na- + noun, for the nouns of harms
    for sg, pl, eng, *more in harm_nouns:
        for word, e in ((sg, eng), (pl, more[0] if more and more[0] else eng_plural(eng))):
            if word == "-" or " " in word or word[0] not in VOWEL:
                continue
            for p, s in (("ngi", "i have"), ("u", "you have"), ("si", "we have"), ("ba", "they have"),
                         ("ku", "there is"), ("nginga", "i can have")):
                add(p + glue("na", word), s + " " + e)
            for p, s in (("angina", "i have no"), ("awuna", "you have no"), ("akuna", "there is no")):
                add(p + word[1:], s + " " + e)
    # English loans with a hyphenated prefix: i-malware, ama-app, nge-vpn, ye-ddos, ku-instagram
    for word, eng in rows("loans.txt", 2):
        for p, e in (("i-", ""), ("ama-", ""), ("yi-", "is "), ("nge-", "with "), ("ne-", "and "), ("we-", "of "),
                     ("ye-", "of "), ("le-", "of "), ("ze-", "of "), ("ku-", "on "), ("e-", "in ")):
            add(p + word, e + eng)
        if len(word) > 3 and " " not in word:
            for p, e in (("nge", "with "), ("ye", "of ")):
                add(p + word, e + eng)
    adj_rows = rows("adj.txt", 3)
    for stem, kind, eng in adj_rows:
        if kind == "a":
            mono = sum(ch in VOWEL for ch in stem) == 1
            pres = ["omu" if mono else "om", "aba", "emi", "eli", "ama", "esi", "ezi", "olu", "obu", "oku",
                    "mu" if mono else "m", "ba", "mi", "li", "ma", "si", "zi", "lu", "bu", "ku"]
            for p in pres:
                add(glue(p, stem), eng)
            nas = after_nasal(stem)
            for p in ("e", "ezi", "i", "zi"):
                add(p + nas, eng)
        else:
            for p in ("o", "aba", "e", "eli", "a", "esi", "ezi", "olu", "obu", "oku", "ku", "ngoku"):
                add(p + stem, eng)
    for k, e in rows("stems.txt", 2):
        add(k, e)

    # leave out what a shorter stem already reads the same: ukubulala when ukubulal* says "to kill"
    stem_set = {k[:-1]: entries[k] for k in order if k.endswith("*")}

    def nearest(word):
        for n in range(len(word) - 1, 2, -1):
            if word[:n] in stem_set:
                return stem_set[word[:n]]
        return None

    redundant = set()
    for k in order:
        word = k.rstrip("*")
        if " " not in word and nearest(word) == entries[k]:
            redundant.add(k)
    order = [k for k in order if k not in redundant]
    header = [
        "# Zulu (zu) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# isiZulu function words, request phrasing (ngicela, ngitshele, ngingenza kanjani), everyday words,",
        "# loanwords as Zulu spells them (ibhomu, ikhompyutha, iphasiwedi) and the vocabulary of harms. Verb",
        "# forms (subject, tense, negation, object concords) and noun forms (plural, copula, possessive, na-,",
        "# nga-, locative) are generated from roots; stems (ngizobulal*) cover extensions. By scripts/gloss/zu/gen.py.",
    ]
    total, stems = glosslib.write_lexicon(out_path, header, {k: entries[k] for k in order})
    print("%d entries (%d stems) -> %s" % (total, stems, out_path), file=sys.stderr)


if __name__ == "__main__":
    main()

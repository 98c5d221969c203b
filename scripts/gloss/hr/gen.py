#!/usr/bin/env python3
"""Serbian, Croatian and Bosnian -> English gloss lexicons for ACE, from one set of lists.

Writes two files (the same bytes on every run):
  ace-core/.../gloss/hr.tsv   Latin script (Croatian, Bosnian, Serbian in Latin letters), ijekavian and ekavian,
                              plus the chat spelling "dj" for "đ" (c/s/z for č/ć/š/ž come from the gloss's folding)
  ace-core/.../gloss/sr.tsv   Serbian Cyrillic: the properly spelt Latin entries transliterated letter for letter

The lists in data/ are written in ijekavian Latin with two yat marks, expanded in both reflexes:
  ê  long yat:  mlêko -> mlijeko, mleko       ě  short yat: děca -> djeca, deca
  (a participle's "ěo"/"êo" is "io" in ijekavian, "eo" in ekavian: viděo -> vidio, video)
A "|" keeps two letters apart in Cyrillic (in|jekcija -> инјекција) and is dropped in Latin.
A key starting with "~" is a chat or colloquial spelling: Latin file only.

  words.txt, harm.txt  key<TAB>english                 words and phrases of up to four words
  stems.txt            stem*<TAB>english               prefixes of derived and inflected words
  nouns.txt            lemma<TAB>class<TAB>english[/plural][<TAB>extra,forms]
  verbs.txt            infinitive<TAB>present 1sg[,masc participle,fem participle]<TAB>english[|past][<TAB>extras]
  adj.txt              lemma[:stem]<TAB>english[<TAB>extra,forms]
The first entry for a key wins, in the order above; entries whose English is the key itself are left out.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
GLOSS = glosslib.GLOSS_DIR
SOFT = ("lj", "nj", "dž", "č", "ć", "đ", "j", "š", "ž", "c")
SIBILANT = {"k": "c", "g": "z", "h": "s"}
VOCATIVE = {"k": "č", "g": "ž", "h": "š", "c": "č"}
VOWELS = "aeiouêě"

# ---------------------------------------------------------------- English helpers
IRREGULAR_PAST = {
    "be": "was", "become": "became", "begin": "began", "bite": "bit", "blow": "blew", "break": "broke",
    "bring": "brought", "build": "built", "burn": "burned", "buy": "bought", "catch": "caught", "choose": "chose",
    "come": "came", "cost": "cost", "cut": "cut", "dig": "dug", "do": "did", "draw": "drew", "drink": "drank",
    "drive": "drove", "eat": "ate", "fall": "fell", "feed": "fed", "feel": "felt", "fight": "fought", "find": "found",
    "fly": "flew", "forget": "forgot", "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave",
    "go": "went", "grow": "grew", "hang": "hung", "have": "had", "hear": "heard", "hide": "hid", "hit": "hit",
    "hold": "held", "hurt": "hurt", "keep": "kept", "know": "knew", "lay": "laid", "lead": "led", "learn": "learned",
    "leave": "left", "lend": "lent", "let": "let", "lie": "lay", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "pay": "paid", "put": "put", "quit": "quit", "read": "read", "ride": "rode", "ring": "rang",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
    "set": "set", "shake": "shook", "shoot": "shot", "show": "showed", "shut": "shut", "sing": "sang", "sink": "sank",
    "sit": "sat", "sleep": "slept", "speak": "spoke", "spend": "spent", "spread": "spread", "stand": "stood",
    "steal": "stole", "stick": "stuck", "sting": "stung", "strike": "struck", "swim": "swam", "take": "took",
    "teach": "taught", "tear": "tore", "tell": "told", "think": "thought", "throw": "threw", "understand":
        "understood", "wake": "woke", "wear": "wore", "win": "won", "write": "wrote", "swear": "swore",
    "stab": "stabbed", "rob": "robbed", "stop": "stopped", "plan": "planned", "drop": "dropped", "chat": "chatted",
    "kidnap": "kidnapped", "ban": "banned", "shop": "shopped", "hug": "hugged", "beg": "begged", "rub": "rubbed",
    "can": "could", "will": "would", "may": "might", "shall": "should", "must": "had to", "bleed": "bled",
    "breed": "bred", "hang up": "hung up", "forbid": "forbade", "undo": "undid", "overcome": "overcame",
    "withdraw": "withdrew", "mislead": "misled", "upset": "upset", "light": "lit", "split": "split", "bet": "bet",
    "slide": "slid", "shine": "shone", "beat": "beat", "bend": "bent", "dream": "dreamed", "smell": "smelled",
}
IRREGULAR_PLURAL = {
    "child": "children", "man": "men", "woman": "women", "person": "people", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "knife": "knives", "wife": "wives", "life": "lives", "leaf": "leaves", "thief": "thieves",
    "wolf": "wolves", "half": "halves", "shelf": "shelves", "sheep": "sheep", "fish": "fish", "police": "police",
    "goose": "geese", "ox": "oxen", "datum": "data", "phenomenon": "phenomena", "criterion": "criteria",
}


def english_past(verb):
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    head, sp, rest = verb.partition(" ")
    if head in IRREGULAR_PAST:
        return IRREGULAR_PAST[head] + sp + rest
    if head.endswith("e"):
        head += "d"
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        head = head[:-1] + "ied"
    else:
        head += "ed"
    return head + sp + rest


def english_plural(noun):
    if noun in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[noun]
    words = noun.split(" ")
    last = words[-1]
    if last in IRREGULAR_PLURAL:
        last = IRREGULAR_PLURAL[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


# ---------------------------------------------------------------- spelling
def reflexes(word):
    """The ijekavian and ekavian spellings of a word with yat marks (one spelling when it has none)."""
    if "ê" not in word and "ě" not in word:
        return [word]
    ije = word.replace("êo", "io").replace("ěo", "io").replace("ê", "ije").replace("ě", "je")
    eka = word.replace("ê", "e").replace("ě", "e")
    return [ije, eka] if ije != eka else [ije]


CYR = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж", "z": "з", "i": "и", "j": "ј",
       "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "ć": "ћ", "u": "у",
       "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш", " ": " ", "-": "-", "|": ""}
CYR_PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ"}


def cyrillic(word):
    """Serbian Cyrillic for a Latin spelling, or None when it has letters the alphabet lacks (q, w, x, y, digits)."""
    out = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in CYR_PAIRS:
            out.append(CYR_PAIRS[pair])
            i += 2
            continue
        c = word[i]
        if c == "*" and i == len(word) - 1:
            out.append("*")
        elif c in CYR:
            out.append(CYR[c])
        else:
            return None
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- inflection
def last_unit(stem):
    """The last consonant of a stem, digraphs (lj, nj, dž) as one."""
    for d in ("lj", "nj", "dž"):
        if stem.endswith(d):
            return d
    return stem[-1:]


def is_cluster(stem):
    """Does the stem end in two consonants (other than st, zd, št, žd, which keep the plain genitive plural)?"""
    u = last_unit(stem)
    before = stem[:-len(u)]
    if not before or before[-1] in VOWELS or before[-1] == "r" and len(before) > 1 and before[-2] not in VOWELS:
        return False
    return not (before[-1:] + u) in ("st", "zd", "št", "žd", "šć", "žđ")


def inserted_a(stem):
    u = last_unit(stem)
    return stem[:-len(u)] + "a" + u


def sibilate(stem):
    return stem[:-1] + SIBILANT[stem[-1]] if stem[-1:] in SIBILANT else stem


def noun_forms(lemma, cls):
    """(form, plural?) pairs: the seven cases, singular then plural."""
    if cls == "=":
        return [(lemma, False)]
    cls, _, stem = cls.partition("@")
    sg, pl = [lemma], []
    if cls in ("m", "ma", "mo", "mao"):
        s = stem or (lemma[:-1] if lemma[-1] in "oe" else lemma)
        soft = s.endswith(SOFT)
        sg += [s + "a", s + "u", s + ("em" if soft else "om")]
        if cls in ("ma", "mao"):
            last = s[-1]
            sg.append(s[:-1] + VOCATIVE[last] + "e" if last in VOCATIVE else s + "e")
        if cls in ("mo", "mao"):
            p = s + ("ev" if soft else "ov")
            pl += [p + "i", p + "a", p + "ima", p + "e"]
        else:
            ps = sibilate(s)
            pl += [ps + "i", s + "a", ps + "ima", s + "e"]
            if stem and stem != lemma and lemma[-1] not in "oe":
                pl.append(lemma + "a")  # pas: pasa; borac: boraca
    elif cls in ("a", "a-"):
        s = stem or lemma[:-1]
        dat = sibilate(s) if cls == "a" else s
        sg += [s + "e", dat + "i", s + "u", s + "o", s + "om"]
        pl += [s + "e", s + "ama"]
        if is_cluster(s):
            pl += [inserted_a(s) + "a", s + "i"]
        else:
            pl.append(s + "a")
    elif cls == "n":
        s = stem or lemma[:-1]
        sg += [s + "a", s + "u", s + ("em" if lemma.endswith("e") and not stem else "om")]
        pl += [s + "a", s + "ima"]
        if is_cluster(s):
            pl.append(inserted_a(s) + "a")
    elif cls == "f":
        s = stem or lemma
        sg += [s + "i"]
        pl += [s + "i", s + "ima"]
    else:
        raise ValueError(cls)
    return [(f, False) for f in sg] + [(f, True) for f in pl]


PERSONS = ("i", "you", "", "we", "you", "they")


def present(p1):
    """The six persons of the present and the three imperatives, from the first person singular."""
    if p1.endswith("im"):
        s = p1[:-2]
        return [s + e for e in ("im", "iš", "i", "imo", "ite", "e")], [s + "i", s + "imo", s + "ite"]
    if p1.endswith("am"):
        s = p1[:-2]
        return [s + e for e in ("am", "aš", "a", "amo", "ate", "aju")], [s + "aj", s + "ajmo", s + "ajte"]
    if p1.endswith("êm"):  # razumjeti: razumijem / razumem
        s = p1[:-2]
        return [s + e for e in ("êm", "êš", "ê", "êmo", "ête", "êju")], [s + "êj", s + "êjmo", s + "êjte"]
    if p1.endswith("em"):
        s = p1[:-2]
        pres = [s + e for e in ("em", "eš", "e", "emo", "ete", "u")]
        if s.endswith("j"):
            return pres, [s, s + "mo", s + "te"]
        return pres, [s + "i", s + "imo", s + "ite"]
    raise ValueError(p1)


def participles(inf, given):
    """Masculine, feminine, neuter, masculine plural, feminine plural of the active past participle."""
    if given:
        m, f = given
    elif inf.endswith("ti") and inf[-3] in VOWELS:
        s = inf[:-2]
        m, f = s + "o", s + "la"
    else:
        return []
    fs = f[:-1]
    return [m, f, fs + "o", fs + "i", fs + "e"]


def future_stem(inf):
    """napraviti -> napravit (napravit ću) and napravi (napraviću); reći -> reći (reći ću) and reć (rećiću is wrong)."""
    if inf.endswith("ti"):
        return inf[:-1], inf[:-2]
    return inf, None


AUX_PRESENT = ("sam", "si", "je", "smo", "ste", "su")
AUX_FUTURE = ("ću", "ćeš", "će", "ćemo", "ćete", "će")
FUT_ENDINGS = ("ću", "ćeš", "će", "ćemo", "ćete", "će")
SUBJECT = ("i", "you", "he", "we", "you", "they")


def verb_entries(inf, cls, eng, past):
    """(form, english) pairs for a verb: infinitive, present, imperative, past with auxiliaries, future, da + present."""
    parts = cls.split(",")
    out = [(inf, "to " + eng)]
    if parts[0] == "=":
        return out
    pres, imp = present(parts[0])
    for i, f in enumerate(pres):
        out.append((f, (PERSONS[i] + " " + eng).strip()))
    out.append((imp[0], eng))
    out.append((imp[1], "let us " + eng))
    out.append((imp[2], eng))
    parts = participles(inf, parts[1:3] if len(parts) >= 3 else None)
    if parts:
        m, f, n, mp, fp = parts
        for p in parts:
            out.append((p, past))
        for i, aux in enumerate(AUX_PRESENT):
            subj = SUBJECT[i]
            for p, who in ((m, subj), (f, "she" if i == 2 else subj), (n, "it")) if i < 3 else ((mp, subj), (fp, subj)):
                if p == n and i != 2:
                    continue
                out.append((p + " " + aux, who + " " + past))
                out.append((aux + " " + p, who + " " + past))
    split, fused = future_stem(inf)
    for i, aux in enumerate(AUX_FUTURE):
        subj = SUBJECT[i] if i != 2 else ""
        will = (subj + " will " + eng).strip()
        out.append((aux + " " + inf, will))
        out.append((split + " " + aux, will))
        if fused:
            out.append((fused + FUT_ENDINGS[i], will))
    for f in pres:
        out.append(("da " + f, "to " + eng))
    noun = verbal_noun(inf)
    if noun:
        ger = english_gerund(eng)
        out += [(noun[:-1] + e, ger) for e in ("e", "a", "u", "em")]
    return out


IOTATION = (("st", "šć"), ("zd", "žđ"), ("b", "blj"), ("p", "plj"), ("m", "mlj"), ("v", "vlj"), ("f", "flj"),
            ("t", "ć"), ("d", "đ"), ("s", "š"), ("z", "ž"), ("n", "nj"), ("l", "lj"))


def english_gerund(eng):
    head, sp, rest = eng.partition(" ")
    if head.endswith("ie"):
        head = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye")) and len(head) > 2:
        head = head[:-1] + "ing"
    elif head in IRREGULAR_PAST and IRREGULAR_PAST[head].endswith(head[-1] * 2 + "ed"):
        head = head + head[-1] + "ing"  # stab: stabbing
    else:
        head += "ing"
    return head + sp + rest


def verbal_noun(inf):
    """pisati -> pisanje, učiti -> učenje, praviti -> pravljenje; None for -ći, -sti and the like."""
    if inf.endswith("ati"):
        return inf[:-3] + "anje"
    if inf.endswith("iti") and len(inf) > 4:
        s = inf[:-3]
        if s.endswith(("lj", "nj", "r", "č", "ć", "ž", "š", "j", "đ")):
            return s + "enje"
        for old, new in IOTATION:
            if s.endswith(old):
                return s[:-len(old)] + new + "enje"
    return None


def adj_forms(lemma, stem):
    s = stem or (lemma[:-1] if lemma.endswith("i") else lemma)  # domaći, kemijski: definite only
    soft = s.endswith(SOFT)
    o = "e" if soft else "o"
    f = [lemma, s + "a", s + o, s + "i", s + "u", s + "e", s + "oj", s + "im", s + "ih", s + "ima",
         s + o + "g", s + o + "ga", s + o + "m", s + o + "mu", s + o + "me"]
    return f


# ---------------------------------------------------------------- reading and writing
def rows(name, ncols):
    return glosslib.read_rows(HERE, name, ncols)


def extras(cols, i):
    return [x.strip() for x in cols[i].split(",") if x.strip()] if len(cols) > i and cols[i] else []


class Lexicon:
    def __init__(self):
        self.latin = {}   # key -> english, in insertion order
        self.proper = {}  # the properly spelt keys (not chat), for the Cyrillic file

    def add(self, key, eng):
        chat = key.startswith("~")
        key = " ".join(key.lstrip("~").lower().split())
        eng = " ".join(eng.lower().split())
        if not key or not eng:
            return
        if key.endswith("*") and (len(key.replace("|", "")) < 4 or " " in key):
            sys.exit("bad stem %r" % key)
        for spelling in reflexes(key):
            plain = spelling.replace("|", "")
            if plain.rstrip("*") == eng:
                continue
            self.latin.setdefault(plain, eng)
            if not chat:
                self.proper.setdefault(spelling, eng)
            if "đ" in plain:
                self.latin.setdefault(plain.replace("đ", "dj"), eng)


def build():
    lex = Lexicon()
    for name in ("words.txt", "harm.txt"):
        for k, e in rows(name, 2):
            lex.add(k, e)
    for cols in rows("nouns.txt", 3):
        sg, _, pl = cols[2].partition("/")
        pl = pl or english_plural(sg)
        for form, plural in noun_forms(cols[0], cols[1]):
            lex.add(form, pl if plural else sg)
        for form in extras(cols, 3):
            lex.add(form, sg)
    for cols in rows("verbs.txt", 3):
        eng, _, past = cols[2].partition("|")
        for form, e in verb_entries(cols[0], cols[1], eng, past or english_past(eng)):
            lex.add(form, e)
        for form in extras(cols, 3):
            lex.add(form, eng)
    for cols in rows("adj.txt", 2):
        lemma, _, stem = cols[0].partition(":")
        for form in adj_forms(lemma, stem) + extras(cols, 2):
            lex.add(form, cols[1])
    for k, e in rows("stems.txt", 2):
        lex.add(k, e)
    return lex


HEADER_HR = """# Croatian, Bosnian and Serbian in Latin letters (hr) -> English gloss lexicon. Written by the ACE project; Apache-2.0
# Function words, request phrasing, everyday vocabulary and the vocabulary of harms, in ijekavian and ekavian
# (mlijeko/mleko) and with Croatian and Serbian variants (tko/ko, kruh/hleb, što/šta, tjedan/nedelja). Nouns in seven
# cases, singular and plural; verbs in the infinitive, present, imperative, past (with sam/si/je...) and future
# (ću/ćeš/će..., napravit ću, napraviću) and "da" + present; adjectives by gender and case; stems (word*) for the rest.
# Chat spelling: "dj" for "đ" is listed; c, s, z for č/ć, š, ž come from the gloss's accent folding.
# Generated by scripts/gloss/hr/gen.py from its hand-written lists; "-" drops a word.
"""
HEADER_SR = """# Serbian in Cyrillic (sr) -> English gloss lexicon. Written by the ACE project; Apache-2.0
# The properly spelt entries of the Latin lexicon (hr.tsv) transliterated letter for letter (lj -> љ, nj -> њ,
# dž -> џ, đ -> ђ, ć -> ћ, č -> ч): ekavian and ijekavian, nouns in seven cases, verbs in all persons, past, future
# and "да" + present, adjectives by gender and case, stems (word*). Chat spellings are left out.
# Generated by scripts/gloss/hr/gen.py; "-" drops a word.
"""


def write(path, header, entries):
    total, stems = glosslib.write_lexicon(path, header.rstrip("\n").split("\n"), entries)
    print("%d entries (%d stems) -> %s" % (total, stems, os.path.normpath(path)), file=sys.stderr)


def main():
    lex = build()
    write(os.path.join(GLOSS, "hr.tsv"), HEADER_HR, lex.latin)
    cyr = {}
    for k, e in lex.proper.items():
        c = cyrillic(k)
        if c is None or c.endswith("*") and len(c) < 4:
            continue
        cyr.setdefault(c, e)
    write(os.path.join(GLOSS, "sr.tsv"), HEADER_SR, cyr)


if __name__ == "__main__":
    main()

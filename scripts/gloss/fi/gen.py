#!/usr/bin/env python3
"""Finnish (fi) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/fi.tsv from the hand-written lists in data/
(the same bytes on every run):

  words.txt   key<TAB>english       function words, pronouns in their cases, modal and irregular verb forms,
                                    colloquial (puhekieli) spellings, request phrasing, phrases of up to 4 words
  harm.txt    key<TAB>english       the vocabulary of harms: words, inflected forms and phrases
  nouns.txt   lemma<TAB>gen[ flags]<TAB>english[<TAB>extra,forms]
              gen is the genitive singular ('.' = lemma + n, '-' = no inflection); the inflection class is read off
              the lemma and the genitive (talo/talon, katu/kadun, huone/huoneen, ihminen/ihmisen, vesi/veden,
              rakennus/rakennuksen, puhelin/puhelimen, rikas/rikkaan, maa/maan, rakkaus/rakkauden).
              flags: a = adjective (bare English in every case), m = mass noun (no English plural),
              w = the adessive reads "with" (tools, weapons) rather than "on", s = no generated stems.
  verbs.txt   infinitive<TAB>english<TAB>1sg present[,3sg past]  (type 2 verbs: '.' or the past)
              flags after the forms, space separated: s = no generated stems.
  stems.txt   stem*<TAB>english     compounds and derived words; the longest stem wins in the gloss

Nouns get their 11 common cases in singular and plural (singular locatives read with a preposition: talossa
"in house"), possessive (-ni, -si, -mme, -nne, -nsa) and clitic (-kin, -ko, -han) forms; verbs get persons, the negative stem and imperatives, past tense, conditional,
participles, the passive, infinitives and -minen nouns, question forms (-ko, colloquial -ks, -tsä) and a few
colloquial forms (vois, tehny). Stems are generated from inflection stems of at least 5 letters (never one that
starts an English word); explicit stems in stems.txt may be 4 letters. The first entry for a key wins (words.txt,
harm.txt, stems.txt, noun cases, verb forms, noun possessives and clitics, generated stems). A generated form is left out when the stem that would read it gives the
same English. Usage: PYTHONHASHSEED=0 python3 gen.py [OUT]
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)
RES = os.path.dirname(glosslib.GLOSS_DIR)  # ace-core's text resources: english-words.txt and gloss/
VOW = "aeiouyäö"
AUTO_STEM_MIN = 5


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def table(name, ncols):
    # a row with more than two extra columns has stray tabs: its empty columns are left out
    return [[p for p in parts if p] if len(parts) > ncols + 2 else parts
            for parts in glosslib.read_rows(HERE, name, ncols)]


# ---------------------------------------------------------------- English morphology (for the glosses)

IRREGULAR_PAST = {
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "make": ("made", "made"),
    "go": ("went", "gone"), "come": ("came", "come"), "see": ("saw", "seen"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "take": ("took", "taken"), "know": ("knew", "known"), "say": ("said", "said"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "find": ("found", "found"), "buy": ("bought", "bought"),
    "bring": ("brought", "brought"), "write": ("wrote", "written"), "read": ("read", "read"), "eat": ("ate", "eaten"),
    "drink": ("drank", "drunk"), "sleep": ("slept", "slept"), "run": ("ran", "run"), "sit": ("sat", "sat"),
    "stand": ("stood", "stood"), "put": ("put", "put"), "cut": ("cut", "cut"), "hit": ("hit", "hit"),
    "let": ("let", "let"), "set": ("set", "set"), "shut": ("shut", "shut"), "hurt": ("hurt", "hurt"),
    "shoot": ("shot", "shot"), "steal": ("stole", "stolen"), "break": ("broke", "broken"), "beat": ("beat", "beaten"),
    "build": ("built", "built"), "send": ("sent", "sent"), "spend": ("spent", "spent"), "lend": ("lent", "lent"),
    "leave": ("left", "left"), "lose": ("lost", "lost"), "pay": ("paid", "paid"), "sell": ("sold", "sold"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "feel": ("felt", "felt"), "meet": ("met", "met"),
    "speak": ("spoke", "spoken"), "teach": ("taught", "taught"), "learn": ("learned", "learned"),
    "fight": ("fought", "fought"), "catch": ("caught", "caught"), "seek": ("sought", "sought"),
    "begin": ("began", "begun"), "swim": ("swam", "swum"), "sing": ("sang", "sung"), "fly": ("flew", "flown"),
    "fall": ("fell", "fallen"), "grow": ("grew", "grown"), "throw": ("threw", "thrown"), "blow": ("blew", "blown"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "ride": ("rode", "ridden"), "rise": ("rose", "risen"),
    "hide": ("hid", "hidden"), "bite": ("bit", "bitten"), "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"), "choose": ("chose", "chosen"), "freeze": ("froze", "frozen"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "tear": ("tore", "torn"), "swear": ("swore", "sworn"),
    "lie": ("lay", "lain"), "lay": ("laid", "laid"), "mean": ("meant", "meant"), "hear": ("heard", "heard"),
    "understand": ("understood", "understood"), "win": ("won", "won"), "hang": ("hung", "hung"),
    "burn": ("burned", "burned"), "dig": ("dug", "dug"), "feed": ("fed", "fed"), "lead": ("led", "led"),
    "bleed": ("bled", "bled"), "shake": ("shook", "shaken"), "sink": ("sank", "sunk"), "spread": ("spread", "spread"),
    "cost": ("cost", "cost"), "quit": ("quit", "quit"), "bet": ("bet", "bet"), "stick": ("stuck", "stuck"),
    "strike": ("struck", "struck"), "stab": ("stabbed", "stabbed"), "sew": ("sewed", "sewn"), "show": ("showed", "shown"),
    "can": ("could", "could"), "will": ("would", "would"), "become": ("became", "become"), "bear": ("bore", "born"),
    "light": ("lit", "lit"), "slide": ("slid", "slid"), "shine": ("shone", "shone"), "undo": ("undid", "undone"),
    "overcome": ("overcame", "overcome"), "mislead": ("misled", "misled"), "rebuild": ("rebuilt", "rebuilt"),
}
DOUBLE_FINAL = {"stop", "cut", "hit", "get", "run", "shop", "sit", "put", "swim", "plan", "drop", "chat", "rob",
                "stab", "hug", "kid", "nap", "shut", "set", "let", "beg", "ban", "scan", "skip", "grab", "trap",
                "jog", "spin", "win", "dig", "admit", "commit", "submit", "control", "travel", "rub", "tap", "slip",
                "ship", "wrap", "drug", "plug", "step", "fit", "quit", "upset", "forget", "begin", "swap", "snap"}
IRREGULAR_PLURAL = {"child": "children", "man": "men", "woman": "women", "person": "people", "knife": "knives",
                    "wife": "wives", "life": "lives", "tooth": "teeth", "foot": "feet", "mouse": "mice",
                    "leaf": "leaves", "wolf": "wolves", "thief": "thieves", "half": "halves", "shelf": "shelves",
                    "sheep": "sheep", "fish": "fish", "deer": "deer", "police": "police", "goose": "geese",
                    "news": "news", "species": "species", "series": "series", "people": "people", "data": "data",
                    "bacteria": "bacteria", "clothes": "clothes", "money": "money", "information": "information",
                    "advice": "advice", "software": "software", "malware": "malware", "ransomware": "ransomware",
                    "spyware": "spyware", "equipment": "equipment", "furniture": "furniture", "luggage": "luggage",
                    "homework": "homework", "research": "research", "evidence": "evidence", "cattle": "cattle",
                    "ammunition": "ammunition", "hair": "hair", "glasses": "glasses", "scissors": "scissors",
                    "trousers": "trousers", "jeans": "jeans", "pants": "pants", "crisis": "crises",
                    "analysis": "analyses", "thesis": "theses", "virus": "viruses", "roof": "roofs", "chief": "chiefs"}


def _last_word(eng, fn):
    head, _, last = eng.rpartition(" ")
    return (head + " " if head else "") + fn(last)


def plural(eng):
    def one(w):
        if w in IRREGULAR_PLURAL:
            return IRREGULAR_PLURAL[w]
        if w.endswith(("s", "x", "z", "ch", "sh")):
            return w + "es"
        if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
            return w[:-1] + "ies"
        return w + "s"
    return _last_word(eng, one)


def _first_word(eng, fn):
    first, _, rest = eng.partition(" ")
    return fn(first) + (" " + rest if rest else "")


def past(eng, participle=False):
    def one(w):
        if w in IRREGULAR_PAST:
            return IRREGULAR_PAST[w][1 if participle else 0]
        if w.endswith("e"):
            return w + "d"
        if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
            return w[:-1] + "ied"
        if w in DOUBLE_FINAL:
            return w + w[-1] + "ed"
        return w + "ed"
    return _first_word(eng, one)


def ing(eng):
    def one(w):
        if w.endswith("ie"):
            return w[:-2] + "ying"
        if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and w not in ("be",):
            return w[:-1] + "ing"
        if w in DOUBLE_FINAL:
            return w + w[-1] + "ing"
        return w + "ing"
    return _first_word(eng, one)


# ---------------------------------------------------------------- Finnish morphology

def back(word):
    """Vowel harmony of the word's last part: True for a/o/u, False for ä/ö/y (and e/i only)."""
    for ch in reversed(word):
        if ch in "aou":
            return True
        if ch in "äöy":
            return False
    return False


def hv(word, suffix):
    """The suffix written with the word's harmony (suffixes are written with back vowels)."""
    if back(word):
        return suffix
    return suffix.translate(str.maketrans("aou", "äöy"))


def syllables(word):
    n, prev = 0, False
    for ch in word:
        v = ch in VOW
        if v and not prev:
            n += 1
        prev = v
    return n


def first_vowel(word):
    for ch in word:
        if ch in VOW:
            return ch
    return ""


def plural_stems(stem):
    """The plural stem(s) before -i of a vowel stem: talo -> talo, kirja -> kirjo, koira -> koir, pankki -> pankke."""
    last = stem[-1]
    if last in "ouyö":
        return [stem]
    if last == "i":
        return [stem[:-1] + "e"]
    if last == "e":
        return [stem[:-1]]
    if last == "ä":
        return [stem[:-1]]
    if last == "a":
        if syllables(stem) == 2:
            return [stem[:-1] + "o"] if first_vowel(stem) in "aei" else [stem[:-1]]
        return [stem[:-1] + "o", stem[:-1]]
    return [stem]


class Noun:
    """The principal stems of a noun: enough to build every case, singular and plural."""

    def __init__(self, lemma, gen):
        self.lemma = lemma
        self.gen = gen
        w = gen[:-1]
        self.weak = w  # genitive stem: gen, inessive, elative, adessive, ablative, allative, translative, nom pl
        self.part = []
        self.ill = []
        self.strong = w  # essive, possessives
        self.pl = []  # (strong plural stem, weak plural stem), each ending in i
        self.pl_part = []
        self.pl_gen = []
        self.pl_ill = []
        L = lemma
        a = hv(L, "a")
        if w.endswith(("uude", "yyde")) or (L.endswith(("us", "ys")) and gen.endswith("den")):  # rakkaus, ystävyys
            self.strong = w[:-2] + "te"
            self.part = [L[:-1] + "tt" + a]
            self.ill = [self.strong + "en"]
            ps = L[:-1] + "ksi"
            self.pl = [(ps, ps)]
        elif L[-1] in VOW and syllables(L) == 1 and gen == L + "n":  # maa, tie, työ, suu
            self.strong = L
            self.part = [L + "t" + a]
            self.ill = [L + "h" + L[-1] + "n"]
            ps = (L[0:-2] + L[-2] if L[-1] == L[-2] else L[:-2] + L[-1]) + "i"
            self.pl = [(ps, ps)]
            self.pl_part = [ps + "t" + a]
            self.pl_gen = [ps + "den"]
            self.pl_ill = [ps + "hin"]
        elif L[-1] in VOW and len(w) >= 2 and w[-1] == w[-2] and w[-1] in VOW and L[-1] != w[-1] or \
                (L[-1] == "e" and gen.endswith("een")) or (L[-1] not in VOW and w[-1] == w[-2] and w[-1] in VOW):
            # huone/huoneen, osoite/osoitteen, rikas/rikkaan, kaunis/kauniin, hammas/hampaan
            self.strong = w
            self.part = [L + ("tt" if L[-1] in VOW else "t") + a]
            self.ill = [w + "seen", w + "sen"] if w[-1] != "i" else [w + "seen", w + "siin"]
            ps = w[:-1] + "i"
            self.pl = [(ps, ps)]
            self.pl_part = [ps + "t" + a]
            self.pl_gen = [ps + "den", ps + "tten"]
            self.pl_ill = [ps + "siin", ps + "hin"]
        elif L.endswith("nen") and w.endswith("se"):  # ihminen/ihmisen
            self.part = [L[:-3] + "st" + a]
            self.ill = [w + "en"]
            ps = w[:-1] + "i"
            self.pl = [(ps, ps)]
            self.pl_part = [ps + a]
            self.pl_gen = [ps + "en", L[:-3] + "sten"]
            self.pl_ill = [ps + "in"]
        elif L[-1] in "sx" and w.endswith("kse"):  # rakennus/rakennuksen, kysymys
            self.part = [L + "t" + a]
            self.ill = [w + "en"]
            ps = w[:-1] + "i"
            self.pl = [(ps, ps)]
            self.pl_part = [ps + a]
            self.pl_gen = [ps + "en", L + "ten"]
            self.pl_ill = [ps + "in"]
        elif L[-1] == "i" and w.endswith("e") and gen.endswith("en") and not L.endswith("ii"):
            # kieli/kielen, vesi/veden, käsi/käden, lapsi/lapsen, nimi/nimen, lehti/lehden
            if L.endswith("si") and L[-3] not in "pt":
                self.strong = L[:-2] + "te"
                self.part = [L[:-2] + "tt" + a]
                pw = L
            elif L.endswith(("psi", "tsi")):
                self.strong = w
                self.part = [L[:-3] + "st" + a]
                pw = L
            else:
                self.strong = L[:-1] + "e"
                cons = L[-2]
                if cons in "lnr" and L[-3] in VOW:
                    self.part = [L[:-1] + "t" + a, self.strong + a]
                else:
                    self.part = [self.strong + a]
                pw = w[:-1] + "i"
            self.ill = [self.strong + "en"]
            self.pl = [(L, pw)]
            self.pl_part = [L + a]
            self.pl_gen = [L + "en"] + ([L[:-1] + "ten"] if L[-2] in "lnr" else [])
            self.pl_ill = [L + "in"]
        elif L[-1] not in VOW and w.endswith("e"):  # puhelin/puhelimen, sydän/sydämen, avain
            self.part = [L + "t" + a]
            self.ill = [w + "en"]
            ps = w[:-1] + "i"
            self.pl = [(ps, ps)]
            self.pl_part = [ps + a]
            self.pl_gen = [ps + "en"]
            self.pl_ill = [ps + "in"]
        else:  # vowel stems: talo, kirja, katu/kadun, pankki/pankin; internet/internetin
            strong = L if L[-1] in VOW else w
            self.strong = strong
            self.part = [strong + ("t" + a if strong[-1] == strong[-2] and strong[-1] in VOW else a)]
            self.ill = [strong + ("h" + strong[-1] + "n" if strong[-2] in VOW else strong[-1] + "n")]
            for ps0, pw0 in zip(plural_stems(strong), plural_stems(w)):
                self.pl.append((ps0 + "i", pw0 + "i"))
                if ps0[-1] in VOW:
                    self.pl_part.append(ps0 + "j" + a)
                    self.pl_gen.append(strong + "en" if strong[-1] == "i" else ps0 + "jen")
                    self.pl_ill.append(ps0 + "ihin")
                    if syllables(strong) >= 3:
                        self.pl_part.append(ps0 + "it" + a)
                        self.pl_gen.append(ps0 + "iden")
                else:
                    self.pl_part.append(ps0 + "i" + a)
                    self.pl_gen.append(ps0 + "ien")
                    self.pl_ill.append(ps0 + "iin")
        if not self.pl_part:
            for ps, _ in self.pl:
                self.pl_part.append(ps + a)

    def forms(self):
        """(form, case) pairs; case names pick the English below."""
        a = hv(self.lemma, "a")
        w = self.weak
        out = [(self.lemma, "nom"), (self.gen, "gen")]
        out += [(p, "part") for p in self.part]
        out += [(p, "ill") for p in self.ill]
        for suf, case in (("ss" + a, "ine"), ("st" + a, "ela"), ("ll" + a, "ade"), ("lt" + a, "abl"),
                          ("lle", "all"), ("ksi", "tra")):
            out.append((w + suf, case))
        out.append((self.strong + "n" + a, "ess"))
        out.append((w + "t", "pl nom"))
        out += [(p, "pl part") for p in self.pl_part]
        out += [(p, "pl gen") for p in self.pl_gen]
        out += [(p, "pl ill") for p in self.pl_ill]
        for ps, pw in self.pl:
            for suf, case in (("ss" + a, "pl ine"), ("st" + a, "pl ela"), ("ll" + a, "pl ade"),
                              ("lt" + a, "pl abl"), ("lle", "pl all"), ("ksi", "pl tra")):
                out.append((pw + suf, case))
            out.append((ps + "n" + a, "pl ess"))
        # colloquial partitive: pommia -> pommii, kahvia -> kahvii, teetä stays
        for p in self.part:
            if p[-2:] in ("ia", "iä", "ea", "eä"):
                out.append((p[:-1] + p[-2], "part"))
        out.append(None)  # the forms below come after the verbs' forms: a verb beats a noun's possessive or clitic
        # possessives and clitics
        s = self.strong
        for suf, case in (("ni", "my"), ("si", "your"), ("mme", "nom"), ("nne", "nom"), ("ns" + a, "nom")):
            out.append((s + suf, case))
        out.append((w + "tkin", "pl nom"))
        for cl in ("kin", hv(self.lemma, "ko"), hv(self.lemma, "han")):
            out.append((self.lemma + cl, "nom"))
            out.append((self.gen + cl, "gen"))
        return out

    def stems(self):
        st = [(self.lemma[:-1] if self.lemma.endswith("nen") else self.lemma, "sg"), (self.weak, "sg"),
              (self.strong, "sg")]
        for ps, pw in self.pl:
            st += [(ps, "pl"), (pw, "pl")]
        return st


PREP = {"ine": "in", "ela": "about", "ill": "into", "ade": "on", "abl": "from", "all": "to", "ess": "as",
        "tra": "into", "my": "my", "your": "your", "our": "our", "your pl": "your", "his": "his",
        "ine my": "in my", "ela my": "from my", "all my": "to my"}


def noun_english(eng, case, flags):
    is_pl = case.startswith("pl ")
    base = case[3:] if is_pl else case
    word = eng if ("a" in flags or "m" in flags or not is_pl) else plural(eng)
    if "a" in flags or is_pl or base in ("ess", "tra"):
        return word
    prep = PREP.get(base)
    if base == "ade" and "w" in flags:
        prep = "with"
    return (prep + " " + word) if prep else word


# ---------------------------------------------------------------- verbs

def verb_parts(inf, spec):
    """Returns dict of stems: S (strong vowel stem), W (weak, 1sg), P (past 3sg), Pw (weak past), pass (passive
    present), pass_stem (before -tiin/-tu), cons (participle stem before -nut), imp2 (before -kaa)."""
    forms = [x.strip() for x in spec.split(",")] if spec and spec != "." else []
    a = hv(inf, "a")
    d = {}
    pre, last2 = inf[:-1], inf[-2]
    if last2 in VOW:  # type 1: puhua, ottaa, lukea
        S = pre
        W = forms[0][:-1] if forms else S
        if len(forms) > 1:
            P = forms[1]
        else:
            P = None
        lv = S[-1]
        if P is None:
            if lv in "ouyöi":
                P = S + "i" if lv != "i" else S
            elif lv == "e":
                P = S[:-1] + "i"
            elif lv == "a" and syllables(S) == 2 and first_vowel(S) in "aei":
                P = S[:-1] + "oi"
            else:
                P = S[:-1] + "i"
        # weak past: the same change on the weak stem, unless the past is an -si past (tiesi, rakensi)
        if P.endswith("si") and not S.endswith("s" + S[-1]):
            Pw = P
        elif P == S + "i":
            Pw = W + "i"
        elif P == S:
            Pw = W
        elif P == S[:-1] + "oi":
            Pw = W[:-1] + "oi"
        else:
            Pw = W[:-1] + "i"
        d.update(S=S, W=W, P=P, Pw=Pw, third=S + S[-1] if S[-1] != S[-2] or S[-1] not in VOW else S)
        if S.endswith(("ie", "uo", "yö")):
            d["third"] = S
        wp = W[:-1] + "e" if W[-1] in "aä" else W
        d.update(passive=wp + "t" + a + a + "n", pst=wp + "tt", cons=S + "n", imp2=S + "k",
                 cond=(S[:-1] if S[-1] in "ei" else S) + "isi", agent=S + "m" + a)
        d["pass_past"] = wp + "ttiin"
        d["ptcp_pass"] = wp + "tt" + hv(inf, "u")
        d["inf2"] = (S[:-1] + "ie") if S[-1] == "e" else S + "e"
        d["ptcp"] = S + "n" + hv(inf, "u") + "t"
    elif last2 == "d":  # type 2: syödä, saada, voida, juoda, käydä
        S = inf[:-2]
        P = forms[0] if forms else S
        d.update(S=S, W=S, P=P, Pw=P, third=S, passive=inf + a + "n", pst=S + "t", cons=S + "n", imp2=S + "k",
                 cond=P + "si", agent=S + "m" + a, pass_past=S + "tiin", ptcp_pass=S + "t" + hv(inf, "u"),
                 inf2=S + "d" + "e", ptcp=S + "n" + hv(inf, "u") + "t")
    elif inf.endswith(("la", "lä", "na", "nä", "ra", "rä", "sta", "stä")):  # type 3: tulla, mennä, nousta
        V = forms[0][:-1] if forms else inf[:-2] + "e"
        if inf.endswith(("sta", "stä")):
            cons, pst, imp2 = inf[:-3] + "ss", inf[:-1], inf[:-2] + "k"
            pass_past, ptcp = inf[:-1] + "iin", inf[:-1] + hv(inf, "u")
        else:
            cons, pst, imp2 = inf[:-1], inf[:-2] + "t", inf[:-2] + "k"
            pass_past, ptcp = inf[:-2] + "tiin", inf[:-2] + "t" + hv(inf, "u")
        P = forms[1] if len(forms) > 1 else V[:-1] + "i"
        d.update(S=V, W=V, P=P, Pw=P, third=V + ("e" if V[-1] == "e" else V[-1]), passive=inf + a + "n", pst=pst, cons=cons, imp2=imp2,
                 cond=V[:-1] + "isi", agent=V + "m" + a, pass_past=pass_past, ptcp_pass=ptcp,
                 inf2=inf[:-1] + "e", ptcp=cons + hv(inf, "u") + "t")
    else:  # types 4, 5, 6: haluta, tarvita, vanheta
        V = forms[0][:-1] if forms else inf[:-2] + a
        t5 = inf.endswith(("ita", "itä")) and V.endswith("se") or inf.endswith(("eta", "etä")) and V.endswith("ne")
        if len(forms) > 1:
            P = forms[1]
        elif t5:
            P = V[:-1] + "i"
        else:
            P = V[:-1] + "si"
        third = V + "e" if t5 else (V if V[-1] == V[-2] else V + V[-1])
        cond = V[:-1] + "isi" if (t5 or V[-1] == V[-2]) else V + "isi"
        d.update(S=V, W=V, P=P, Pw=P, third=third, passive=inf + a + "n", pst=inf[:-1] + "t", cons=inf[:-2] + "nn",
                 imp2=inf[:-1] + "k", cond=cond, agent=V + "m" + a, pass_past=inf[:-2] + "ttiin",
                 ptcp_pass=inf[:-2] + "tt" + hv(inf, "u"), inf2=inf[:-1] + "e",
                 ptcp=inf[:-2] + "nn" + hv(inf, "u") + "t")
    return d


def verb_forms(inf, spec):
    """(form, english template) pairs; the template's X is the English verb, D its past, N its participle,
    G its -ing form."""
    d = verb_parts(inf, spec)
    a, o, u = hv(inf, "a"), hv(inf, "o"), hv(inf, "u")
    ko = hv(inf, "ko")
    S, W, P, Pw = d["S"], d["W"], d["P"], d["Pw"]
    out = [(inf, "X"), (W + "n", "i X"), (W + "t", "you X"), (d["third"], "X"), (W + "mme", "we X"),
           (W + "tte", "you X"), (S + "v" + a + "t", "they X"), (W, "X"),
           (d["imp2"] + a + a, "X"),
           (Pw + "n", "i D"), (Pw + "t", "you D"), (P, "D"), (Pw + "mme", "D"), (Pw + "tte", "D"),
           (P + "v" + a + "t", "D"),
           (d["cond"] + "n", "i would X"), (d["cond"] + "t", "you would X"), (d["cond"], "would X"),
           (d["cond"][:-1], "would X"), (d["cond"] + "t" + ko, "would you X"), (d["cond"] + "tsä", "would you X"),
           (W + "n" + ko, "do i X"), (W + "t" + ko, "do you X"), (d["third"] + ko, "X"), (d["third"] + "ks", "X"),
           (W + "tsä", "do you X"),
           (d["passive"], "X"), (d["pass_past"], "N"), (d["ptcp_pass"], "N"),
           (S + "v" + a, "G"),
           (S + "m" + a + a + "n", "to X"), (S + "m" + a + "ll" + a, "by G"), (S + "m" + a + "tt" + a, "without G"),
           (S + "minen", "G"), (d["agent"], "N"), (d["inf2"] + "n", "G"),
           ]
    ptcp = d["ptcp"]
    pp = d["ptcp_pass"]
    if pp.endswith(("ttu", "tty")):
        out += [(pp[:-3] + "t" + u + "t", "N")]
    ptcp_stem = ptcp[:-2]  # tehn(yt) -> tehne-
    out += [(ptcp, "N"), (ptcp_stem + "eet", "N"), (ptcp[:-1], "N")]
    return out


def verb_english(template, eng):
    words = []
    for tok in template.split():
        if tok == "X":
            words.append(eng)
        elif tok == "D":
            words.append(past(eng))
        elif tok == "N":
            words.append(past(eng, participle=True))
        elif tok == "G":
            words.append(ing(eng))
        else:
            words.append(tok)
    return " ".join(words)


def verb_stems(inf, spec):
    d = verb_parts(inf, spec)
    return [d["S"], d["W"], d["P"][:-1] if d["P"].endswith("i") else d["P"], d["ptcp_pass"][:-1]]


# ---------------------------------------------------------------- main

def english_prefix_set():
    words = []
    path = os.path.join(RES, "english-words.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            words = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    prefixes = set()
    for word in words:
        for i in range(AUTO_STEM_MIN, len(word) + 1):
            prefixes.add(word[:i])
    return prefixes


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else glosslib.lexicon_path("fi")
    eng_prefixes = english_prefix_set()
    plain = {}
    plain_order = []
    generated = set()  # keys that came from rules (they may be dropped when a stem reads them the same)
    stems = {}
    stem_order = []
    stem_written = {}

    def add(key, eng, gen=False):
        key = " ".join(key.lower().split())
        eng = " ".join(eng.lower().split())
        if not key or not eng or "\t" in key or "\t" in eng:
            return
        if len(key.split()) > 4:
            sys.exit("phrase over 4 words: %r" % key)
        if key.endswith("*"):
            stem = fold(key[:-1])
            if " " in stem or len(stem) < (AUTO_STEM_MIN if gen else 4) or not stem.isalpha():
                if gen:
                    return
                sys.exit("bad stem %r" % key)
            if gen and stem in eng_prefixes:
                return
            if stem not in stems:
                stems[stem] = eng
                stem_order.append(stem)
                stem_written[stem] = key[:-1]
            return
        if key == eng:
            return
        if key not in plain:
            plain[key] = eng
            plain_order.append(key)
            if gen:
                generated.add(key)

    for k, e in table("words.txt", 2):
        add(k, e)
    for k, e in table("harm.txt", 2):
        add(k, e)
    for k, e in table("stems.txt", 2):
        add(k, e)

    nouns = table("nouns.txt", 3)
    later = []
    for cols in nouns:
        lemma, genf, eng = cols[0], cols[1], cols[2]
        parts = genf.split()
        gen, flags = parts[0], "".join(parts[1:])
        extras = [x.strip() for x in cols[3].split(",")] if len(cols) > 3 and cols[3] else []
        for x in extras:
            add(x, eng)
        if gen == "-":
            add(lemma, eng)
            continue
        forms = Noun(lemma, lemma + "n" if gen == "." else gen).forms()
        cut = forms.index(None)
        for form, case in forms[:cut]:
            add(form, noun_english(eng, case, flags), gen=True)
        later += [(form, noun_english(eng, case, flags)) for form, case in forms[cut + 1:]]
    verbs = table("verbs.txt", 3)
    for cols in verbs:
        inf, eng, spec = cols[0], cols[1], cols[2]
        if spec == "-":  # a verb phrase: only as written
            add(inf, eng)
            continue
        for form, tmpl in verb_forms(inf, spec):
            add(form, verb_english(tmpl, eng), gen=True)
    for form, eng in later:
        add(form, eng, gen=True)
    # generated stems come after every whole word and explicit stem: they never override them
    for cols in nouns:
        lemma, genf, eng = cols[0], cols[1], cols[2]
        parts = genf.split()
        gen, flags = parts[0], "".join(parts[1:])
        if gen == "-" or "s" in flags:
            continue
        n = Noun(lemma, lemma + "n" if gen == "." else gen)
        for st, num in n.stems():
            add(st + "*", eng if (num == "sg" or "a" in flags or "m" in flags) else plural(eng), gen=True)
    for cols in verbs:
        if len(cols) > 3 and "s" in cols[3] or cols[2] == "-":
            continue
        for st in verb_stems(cols[0], cols[2]):
            add(st + "*", cols[1], gen=True)

    # a generated form is left out when the stem that would read it gives the same English
    folds = {}
    for k in plain_order:
        folds.setdefault(fold(k), []).append(k)
    max_stem = max((len(s) for s in stems), default=0)

    def stem_of(word):
        for n in range(min(max_stem, len(word)), 2, -1):
            e = stems.get(word[:n])
            if e is not None:
                return e
        return None

    kept = []
    for k in plain_order:
        f = fold(k)
        if k in generated and " " not in k and len(folds[f]) == 1 and stem_of(f) == plain[k]:
            continue
        kept.append(k)

    header = [
        "# Finnish (fi) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
        "# Standard and colloquial Finnish (mä, sä, mun, onks, voitsä): function words and pronouns in their cases,",
        "# request phrasing, everyday vocabulary and the vocabulary of harms. Noun cases, plurals, possessives and",
        "# clitics, and verb persons, tenses, participles and the passive are generated from hand-written lists",
        "# with consonant gradation; stems (word*) read compounds and other forms. Generated by scripts/gloss/fi/gen.py.",
    ]
    entries = {k: plain[k] for k in kept}
    entries.update((stem_written[s] + "*", stems[s]) for s in stem_order)
    glosslib.write_lexicon(out_path, header, entries)
    print("%d entries, %d stems -> %s" % (len(kept), len(stem_order), out_path), file=sys.stderr)


if __name__ == "__main__":
    main()

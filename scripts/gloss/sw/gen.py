#!/usr/bin/env python3
"""Generates sw.tsv: hand-written Swahili data (words.py, verbs.py) plus generated verb inflections."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from verbs import VERBS, MONO
from words import FUNCTION, PHRASES, NOUNS, ADJ, EXTRA, VERBS_EXTRA
RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../ace-core/src/main/resources/dev/ace/core/text/')
OUT = RES + "gloss/sw.tsv"
ENG = set()
for f in ["english-words.txt", "common-words.txt"]:
    for l in open(RES + f, encoding="utf-8"):
        l = l.strip().lower()
        if l and not l.startswith("#"):
            ENG.add(l.split()[0] if l.split() else l)
ALLOW_ENGLISH = {"ni", "ya", "la", "ana", "wiki", "bora", "mama", "bibi", "dada", "leo", "tuna", "mia", "kali", "sina", "nina", "una", "ama", "ila", "hii", "hali"}

entries = {}   # key -> (prio, gloss, order)
stems = {}
counter = [0]

def add(key, gloss, prio=0):
    key = re.sub(r"\s+", " ", key.strip().lower())
    gloss = gloss.strip().lower()
    if not key or not gloss:
        return
    if " " not in key and key in ENG and key not in ALLOW_ENGLISH:
        return
    if key.endswith("*"):
        k = key[:-1]
        if len(k) < 3 or " " in k or not k.isalpha():
            return
        d = stems
    else:
        d = entries
    counter[0] += 1
    old = d.get(key)
    if old is None or prio > old[0]:
        d[key] = (prio, gloss, counter[0])

def lines(block):
    for l in block.strip().splitlines():
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()

# ---------------- function words, phrases (highest priority) ----------------
for k, v in lines(FUNCTION):
    for kk in k.split("|"):
        add(kk, v, 100)
for k, v in lines(PHRASES):
    for kk in k.split("|"):
        add(kk, v, 100)
for k, v in lines(EXTRA):
    for kk in k.split("|"):
        add(kk, v, 90)

# ---------------- nouns: sing/plural=english[/plural english] ----------------
for k, v in lines(NOUNS):
    eng = v.split("/")
    sg_e = eng[0]
    pl_e = eng[1] if len(eng) > 1 else eng[0]
    for pair in k.split("|"):
      for i, ff in enumerate(f for f in pair.split("/") if f):
        if True:
            e = sg_e if i == 0 else pl_e
            add(ff, e, 80)
            if " " not in ff and not ff.endswith("*"):
                add(ff + "ni", e, 70)          # locative: nyumbani, shuleni
                if ff.endswith("a") or ff.endswith("e"):
                    pass

# ---------------- adjectives with class concord ----------------
def nclass(stem):
    if stem[0] in "aeiou":
        return "ny" + stem
    if stem[0] in "bpv":
        return "m" + stem
    if stem[0] in "dgjz":
        return "n" + stem
    return stem
for k, v in lines(ADJ):
    if k.startswith("="):
        continue
    s = k
    forms = set()
    if s[0] in "aeiou":
        forms |= {"mw" + s, "w" + s, "my" + s, "ki" + s, "ch" + s, "vy" + s, "j" + s, "m" + s, "ny" + s, "kw" + s, "p" + s}
        if s[0] in "ei":
            forms |= {"w" + s[1:] if False else "we" + s[1:], "me" + s[1:]}
    else:
        forms |= {"m" + s, "mu" + s, "wa" + s, "mi" + s, "ki" + s, "vi" + s, "ma" + s, "ku" + s, "pa" + s, s, nclass(s)}
    for f in forms:
        add(f, v, 60)
    add(s, v, 60)

# ---------------- verbs ----------------
SUBJ = [("ni", "i"), ("u", "you"), ("a", "he"), ("tu", "we"), ("m", "you"), ("wa", "they")]
CLASS = [("ki", "it"), ("vi", "they"), ("li", "it"), ("ya", "they"), ("i", "it"), ("zi", "they"), ("ku", "it"), ("u", "it"), ("pa", "it")]
TENSE = [("na", ""), ("li", ""), ("ta", "will "), ("me", ""), ("ki", "if "), ("nge", "would "), ("ngali", "would "), ("ka", ""), ("mesha", "already "), ("sha", "already ")]
NEG = [("si", "i"), ("hu", "you"), ("ha", "he"), ("hatu", "we"), ("ham", "you"), ("hawa", "they")]
NEGCLASS = [("haki", "it"), ("havi", "they"), ("hali", "it"), ("haya", "they"), ("hai", "it"), ("hazi", "they"), ("haku", "it")]
NEGT = [("ku", "not "), ("ta", "will not "), ("ja", "not yet ")]
REL = {"ni": "ye", "u": "ye", "a": "ye", "tu": "o", "m": "o", "wa": "o"}
RELCLASS = {"ki": "cho", "vi": "vyo", "li": "lo", "ya": "yo", "i": "yo", "zi": "zo", "ku": "ko", "u": "o", "pa": "po"}
OM = [("ni", "me"), ("ku", "you"), ("m", "him"), ("tu", "us"), ("wa", "them"), ("ki", "it"), ("vi", "them"), ("li", "it"), ("i", "it"), ("zi", "them"), ("ya", "them")]
OMP = OM[:5]
OM_ME = set("""ambia eleza elezea saidia onyesha fundisha kumbusha elewesha ongoza elekeza shauri andikia tafutia fanyia pikia letea patia pigia nunulia tengenezea
samehe jibu fuata sikiliza amsha kumbusha ombea somea uzia lipia fichia katia andalia pakulia fungulia fundishia hesabia
kokotolea ibia tafsiri tambulisha""".split())
TIER_A = set("""taka jua ambia eleza elezea fundisha onyesha saidia tengeneza fanya andika andikia tafuta pata nunua uza
tuma tumia piga ua umiza dhuru teka iba ficha choma lipua dukua danganya tapeli ghushi fikiria uliza omba pika fuatilia
peleleza tishia shambulia baka nyanyasa tesa ambukiza sambaza chukia tukana tongoza rubuni sumisha kuza zalisha pigia
tafutia fanyia penda ona sema""".split())

def om_forms(om, root):
    if om == "m":
        return ["mw", "mu"] if root[0] in "aeiou" else ["m"]
    if om == "ku" and root[0] in "aei":
        return ["ku", "kw"]
    return [om]

def verb_forms(word, eng, tier_a, has_om):
    """yields (key, gloss, prio) ; key ending * = stem"""
    bantu = word.endswith("a")
    # an Arabic loan verb (fikiri, jibu, samehe) keeps its final vowel in every form: its stem is the whole word
    sr = word[:-1] if bantu else word
    short = len(sr) < 3
    fin = "a" if bantu else ""
    neg_fin = "i" if bantu else ""
    subj_fin = "e" if bantu else ""
    pl = len(sr)
    harm = "e" if re.search(r"[eo][^aeiou]*$", sr) else "i"
    def F(prefix, kind, gloss, prio):
        # kind: 'pos','neg','subj' (whole words: a short prefix + a stem would catch names and nouns), 'imp' (whole)
        if kind in ("subj", "imp") or (prefix == "" and len(sr) < 5) or short:
            if kind == "subj":
                ends = [subj_fin]
            elif kind == "imp":
                ends = [fin]
            elif kind == "neg":
                ends = [neg_fin]
            else:
                ends = [fin, "wa", harm + "a", harm + "wa", "ana"] if not short else [fin, "wa", "awa"]
            for e in ends:
                if short and (e == "awa") != (sr == "u") and e in ("awa", "wa"):
                    continue
                yield prefix + sr + e, gloss, prio + pl
        else:
            yield prefix + sr + "*", gloss, prio + pl
            end = {"pos": fin, "neg": neg_fin}[kind]
            if (sr, end) in EXTENDED:
                # whole-word form for the exact ending, so a longer root (kata/kataa) cannot steal it
                yield prefix + sr + end, gloss, prio + pl
    P = 10
    # bare: imperative, plural imperative, infinitive, habitual
    for x in F("", "pos", eng, P + 5): yield x
    yield sr + ("eni" if bantu else "ni"), eng, P + 5 + pl
    kus = ["ku", "kw"] if word[0] in "aei" else ["ku"]
    for ku in kus:
        for x in F(ku, "pos", "to " + eng, P + 4): yield x
    for x in F("kuto", "pos", "not " + eng, P + 3): yield x
    for x in F("hu", "pos", eng, P + 1): yield x
    # personal subjects
    for s, se in (SUBJ if tier_a else SUBJ[:4] + SUBJ[5:]):
        tenses = [TENSE[i] for i in (0, 1, 2, 3, 4, 5, 7, 9)] if tier_a else TENSE[:5]
        for t, te in tenses:
            if t == "ki" and not tier_a and s not in ("ni", "a", "wa"):
                continue
            for x in F(s + t, "pos", f"{se} {te}{eng}", P): yield x
        if s != "m":
            for x in F(s, "subj", f"{se} {eng}", P - 2): yield x
        if tier_a or s in ("u", "wa"):
            for x in F(s + "si", "subj", f"{se} not {eng}", P - 1): yield x
        for t in (["na", "li", "taka"] if tier_a else (["na", "li"] if s in ("a", "wa") else [])):
            for x in F(s + t + REL[s], "pos", f"who {eng}", P): yield x
    for s, se in (SUBJ if tier_a else [("a", "he")]):
        for t in (["li", "na"] if tier_a else ["li"]):
            for x in F(s + t + "po", "pos", f"when {se} {eng}", P - 1): yield x
    if tier_a:
        for s, se in (("a", "he"), ("wa", "they"), ("i", "it"), ("u", "you"), ("ni", "i"), ("ki", "it")):
            for x in F(s + "navyo", "pos", f"how {se} {eng}", P - 1): yield x
        for s in ("u",):
            for t in ("na", "li"):
                for x in F(s + t + "o", "pos", f"which {eng}", P - 3): yield x
    # 1sg colloquial
    for p, te in ([("na", ""), ("nta", "will "), ("nme", ""), ("nsha", "already ")] if tier_a else [("na", "")]):
        for x in F(p, "pos", f"i {te}{eng}", P - 1): yield x
    for s, se in NEG:
        if s == "hu":
            if bantu:
                yield "hu" + sr + neg_fin, f"you not {eng}", P + 2 + pl
        else:
            for x in F(s, "neg", f"{se} not {eng}", P): yield x
        for t, te in (NEGT if tier_a else NEGT[:1]):
            for x in F(s + t, "pos", f"{se} {te}{eng}", P): yield x
    # class subjects
    for s, se in ([c for c in CLASS if c[0] in ("i", "ki", "ku", "zi", "ya", "li")] if tier_a else [c for c in CLASS if c[0] in ("i", "ki")]):
        for t, te in (TENSE[:4] if tier_a or s == "i" else TENSE[:2]):
            for x in F(s + t, "pos", f"{se} {te}{eng}", P - 3): yield x
        for t in (["na", "li"] if tier_a or s in ("i", "ki") else []):
            for x in F(s + t + RELCLASS[s], "pos", f"which {eng}", P - 3): yield x
        if s in ("i", "ki") and tier_a:
            for x in F(s + "si", "subj", f"{se} not {eng}", P - 6): yield x
    for s, se in ([n for n in NEGCLASS if n[0] in ("hai", "haki", "hazi", "haku", "hali", "haya")] if tier_a else NEGCLASS[4:5]):
        for x in F(s, "neg", f"{se} not {eng}", P - 3): yield x
        if tier_a:
            for t, te in NEGT:
                for x in F(s + t, "pos", f"{se} {te}{eng}", P - 3): yield x
    if bantu and not short:
        app = "ee" if re.search(r"[eo][^aeiou]*$", sr) else "ie"
        for o, oe in (OMP if tier_a else [("ni", "me"), ("m", "him")]):
            for of in om_forms(o, word):
                yield of + sr + app, f"{eng} for {oe}", P + 8 + pl
                if tier_a and o in ("ni", "tu"):
                    for sp, se in (("u", "you"), ("a", "he"), ("wa", "they"), ("m", "you")):
                        yield sp + of + sr + app, f"{se} {eng} for {oe}", P + 8 + pl
                yield "ku" + of + sr + app[0] + "a", f"to {eng} for {oe}", P + 8 + pl
        yield "u" + sr + "aji", eng, P + 9 + pl
        # derived nouns (mwanzo, mtazamo, uongozi, mshindi, kipato, matokeo): the verb's meaning, not "you X"/"X him"
        m = "mw" if sr[0] in "aeiou" else "m"
        for pre, end in ((m, "o"), (m, "i"), ("u", "o"), ("u", "i"), ("wa", "i"), ("ma", "o"), ("mi", "o"), ("ki", "o"), ("vi", "o")):
            if pre + sr + end not in ("mtoto",):
                yield pre + sr + end, eng, P + 1 + pl
        yield "m" + sr + "aji", f"person who {eng}", P + 9 + pl
        yield "wa" + sr + "aji", f"people who {eng}", P + 9 + pl
    # object markers
    if has_om:
        for o, oe in (OM if tier_a else [m for m in OM if m[0] in ("ni", "m", "tu", "wa", "i")]):
            for of in om_forms(o, word):
                g = f"{eng} {oe}"
                om_prio = P + 3 if (word in OM_ME or word.endswith(("ia", "ea")) or o not in ("ni", "wa", "tu")) else P - 4
                if o != "ku":
                    for x in F(of, "subj", g, om_prio): yield x         # niambie, nipikie
                for ku in kus[:1]:
                    for x in F(ku + of, "pos", "to " + g, P + 3): yield x  # kuniambia
                if not tier_a:
                    if o in ("ni", "m", "wa"):
                        for s, se in [("ni", "i"), ("a", "he"), ("wa", "they")]:
                            if s == o: continue
                            for t, te in TENSE[:2]:
                                for x in F(s + t + of, "pos", f"{se} {te}{g}", P): yield x
                    continue
                if o != "ku":
                    for x in F(of, "imp", g, om_prio - 1): yield x           # niambia (colloquial imperative)
                if o in ("ni", "ku", "m", "wa", "tu"):
                    for s, se in SUBJ:
                        if s == o:
                            continue
                        for t, te in TENSE[:4]:
                            for x in F(s + t + of, "pos", f"{se} {te}{g}", P + 1): yield x
                        for x in F(s + of, "subj", f"{se} {g}", P): yield x
                        if s in ("u", "m"):
                            for x in F(s + "si" + of, "subj", f"{se} not {g}", P): yield x
                    for p, te in [("na", ""), ("nta", "will ")]:
                        for x in F(p + of, "pos", f"i {te}{g}", P): yield x
                    for s, se in NEG:
                        if s in ("si", "ha"):
                            for x in F(s + of, "neg", f"{se} not {g}", P): yield x
                        for x in F(s + "ku" + of, "pos", f"{se} not {g}", P): yield x

verb_list = []
EXTENDED = set()
for k, v in lines(VERBS + VERBS_EXTRA):
    has_om = v.startswith("!")
    v = v.lstrip("!")
    if " " in k:
        add(k, v, 95)
        first, rest = k.split(" ", 1)
        add("ku" + k, "to " + v, 95)
        continue
    verb_list.append((k, v, has_om))
roots = {(k[:-1] if k.endswith("a") else k) for k, v, h in verb_list}
for r in roots:
    for r2 in roots:
        if r2 != r and r2.startswith(r):
            for end in ("a", "i", "e", "u"):
                if (r + end).startswith(r2):
                    EXTENDED.add((r, end))
seen = set()
verb_list = [x for x in verb_list if not (x[0] in seen or seen.add(x[0]))]
for k, v, has_om in verb_list:
    for key, g, prio in verb_forms(k, v, k in TIER_A, has_om):
        add(key, g, prio)

# verb + object idioms (piga picha = take a photo)
IDIOMS = {"piga": {"picha": "take photo", "simu": "call phone", "kura": "vote", "pasi": "iron clothes", "mswaki": "brush teeth",
                   "kelele": "shout", "hesabu": "calculate", "stori": "chat", "risasi": "shoot", "chafya": "sneeze",
                   "marufuku": "ban", "vita": "fight", "magoti": "kneel"},
          "pigia": {"simu": "call phone", "kura": "vote for", "kelele": "shout at", "risasi": "shoot at"},
          "ua": {"muda": "kill time", "wakati": "kill time", "mchakato": "kill the process", "process": "kill the process"},
          "vunja": {"rekodi": "break the record", "moyo": "break heart", "ukimya": "break the silence", "barafu": "break the ice",
                    "mbavu": "laugh hard"},
          "choma": {"nyama": "grill meat", "mahindi": "roast maize", "sindano": "inject", "kisu": "stab"},
          "chinja": {"kuku": "slaughter chicken", "mbuzi": "slaughter goat", "ng'ombe": "slaughter cow"},
          "tia": {"sumu": "poison", "moto": "set on fire", "saini": "sign"}}
for v, objs in IDIOMS.items():
    sr, fin = v[:-1], v[-1]
    forms = [("", fin), ("", "eni"), ("ku", fin), ("kuto", fin)]
    forms += [(s + t, fin) for s in ("ni", "u", "a", "tu", "wa") for t in ("na", "li", "ta", "me", "ki")]
    forms += [(s, "e") for s in ("ni", "u", "a", "tu", "wa")] + [(s + "si", "e") for s in ("ni", "u", "a", "tu", "wa")]
    forms += [(s + "ku", fin) for s in ("si", "ha", "hawa")] + [("na", fin), (v[:0] + "a" + "li" + "ye", fin)]
    forms += [(p + o, e) for p, e in [("", "e"), ("ku", fin), ("a", "e"), ("u", "e"), ("ali", fin), ("wali", fin), ("nili", fin), ("ana", fin), ("nita", fin)]
              for o in ("ni", "m", "mw", "tu", "wa")]
    for p, e in forms:
        for o, g in objs.items():
            add(p + sr + e + " " + o, g, 97)

# monosyllabic verbs
for r, e in MONO.items():
    b = r[:-1]
    add("ku" + r, "to " + e if r != "wa" else "be", 50)
    for s, se in SUBJ + CLASS:
        for t, te in TENSE[:4] + TENSE[5:6] + TENSE[8:]:
            add(s + t + "ku" + r, f"{se} {te}{e}", 40)
            add(s + t + "ku" + r + "je", f"how {se} {te}{e}", 40)
            add(s + t + "ku" + r + "*", f"{se} {te}{e}", 40)
        add(s + b + "e", f"{se} {e}", 35)
        add(s + "si" + b + "e", f"{se} not {e}", 35)
        if s in REL:
            for t in ("na", "li", "taka"):
                add(s + t + REL[s] + "ku" + r, f"who {e}", 35)
        if s in RELCLASS:
            for t in ("na", "li", "taka"):
                add(s + t + RELCLASS[s] + "ku" + r, f"which {e}", 35)
    for s, se in NEG + NEGCLASS:
        add(s + b + "i", f"{se} not {e}", 35)
        add(s + "ku" + r, f"{se} not {e}", 40)
        add(s + "taku" + r, f"{se} will not {e}", 40)
        add(s + "jaku" + r, f"{se} not yet {e}", 40)
    for p, te in [("na", ""), ("nta", "will "), ("nime", ""), ("nme", ""), ("nli", "")]:
        add(p + "ku" + r, f"i {te}{e}", 35)
# pa (give) with objects, pewa (be given)
for o, oe in OMP:
    for of in om_forms(o, "pa"):
        add(of + "pe", f"give {oe}", 60); add(of + "peni", f"give {oe}", 60)
        if of != "tu":
            add("ku" + of + "pa", f"to give {oe}", 60)
        for s, se in SUBJ:
            if s == o: continue
            for t, te in TENSE[:4] + TENSE[5:6]:
                add(s + t + of + "pa", f"{se} {te}give {oe}", 45)
            add(s + of + "pe", f"{se} give {oe}", 45)
            add(s + "si" + of + "pe", f"{se} not give {oe}", 45)
        for s, se in NEG:
            add(s + of + "pi", f"{se} not give {oe}", 45)
            add(s + "ku" + of + "pa", f"{se} not give {oe}", 45)
            add(s + "ta" + of + "pa", f"{se} will not give {oe}", 45)
        for p, te in [("na", ""), ("nta", "will ")]:
            add(p + of + "pa", f"i {te}give {oe}", 45)
for s, se in SUBJ:
    for t, te in TENSE[:4]:
        add(s + t + "pewa", f"{se} {te}given", 45)
    add(s + "kaja", f"{se} came", 30)

# generic relative / -po- stems: a Swahili verb not in the lists still reads as a clause, not as noise
for k, v in [("aliye", "who"), ("anaye", "who"), ("atakaye", "who will"), ("walio", "who"), ("wanao", "who"), ("watakao", "who will"),
             ("niliye", "i who"), ("ninaye", "i who"), ("tulio", "we who"), ("tunao", "we who"), ("kilicho", "which"), ("kinacho", "which"),
             ("iliyo", "which"), ("inayo", "which"), ("zilizo", "which"), ("zinazo", "which"), ("lililo", "which"), ("linalo", "which"),
             ("yaliyo", "which"), ("yanayo", "which"), ("vilivyo", "which"), ("vinavyo", "which"), ("alipo", "when he"), ("nilipo", "when i"),
             ("walipo", "when they"), ("tulipo", "when we"), ("ulipo", "when you"), ("ilipo", "when it"), ("anapo", "when he"),
             ("ninapo", "when i"), ("wanapo", "when they"), ("unapo", "when you"), ("inapo", "when it"), ("tunapo", "when we"),
             ("unavyo", "how you"), ("anavyo", "how he"), ("inavyo", "how it"), ("wanavyo", "how they"), ("ninavyo", "how i"),
             ("unao", "which"), ("ulio", "which"), ("isiyo", "which not"), ("zisizo", "which not"), ("kisicho", "which not"),
             ("visivyo", "which not"), ("asiye", "who not"), ("wasio", "who not"), ("usio", "which not"), ("yasiyo", "which not"),
             ("lisilo", "which not"), ("hawaku", "they did not"), ("hakuna", "there is no"), ("sikuwa", "i was not"), ("nilipokuwa", "when i was")]:
    add(k + "*", v, 1)

# ---------------- write ----------------
HEADER = """# Swahili (sw) -> English gloss lexicon. Written by the ACE project; Apache-2.0
# Standard Kiswahili (Tanzania/Kenya) with common informal, chat and Sheng spellings (cjui, nko, niaje, doh, keja) and
# English loanwords as Swahili writes them (kompyuta, akaunti, pasiwedi, programu, bomu). Generated by a script
# (gen.py, with words.py and verbs.py) from hand-written lists: function words, request and jailbreak phrases, benign
# idioms (kuua muda, piga picha, bomu la kuogea), nouns with plurals and locative -ni forms, adjectives with their
# noun-class concords, and about 500 verbs conjugated by rule: subject prefix (ni-/u-/a-/tu-/m-/wa-, class ki-/i-/zi-/
# li-/ya-/ku-) x tense (-na-/-li-/-ta-/-me-/-ki-/-nge-/-ka-/-sha-) or negation (si-/ha-/hatu-/hawa-, -ku-/-ta-/-ja-)
# or relative (-ye-/-o-/-cho-/-yo-/-po-/-vyo-) x optional object marker (-ni-/-ku-/-m(w)-/-tu-/-wa-/-i-...) x root.
# Tensed forms are stems of the prefixed root (anatengenez* covers anatengeneza, anatengenezewa, anatengenezea);
# subjunctives and imperatives with a bare prefix (nieleze, niambie, nipe, watume) are whole words, so a short prefix
# never turns a noun or a name into a verb. No key is an English word (english-words.txt) except twenty core Swahili
# words (ni, ya, la, ana, leo, wiki, mama, hii, nina, una, ...).
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(HEADER)
    for k, (p, g, o) in sorted(entries.items(), key=lambda kv: kv[1][2]):
        f.write(f"{k}\t{g}\n")
    for k, (p, g, o) in sorted(stems.items(), key=lambda kv: kv[1][2]):
        f.write(f"{k}\t{g}\n")
print("entries", len(entries), "stems", len(stems), file=sys.stderr)

#!/usr/bin/env python3
"""Lithuanian (lt) -> English gloss lexicon generator for ACE.

Writes ace-core/src/main/resources/dev/ace/core/text/gloss/lt.tsv from the hand-written lists in data/, the same
bytes on every run (lists are read in order; the first entry for a key wins; entries equal to their English are
left out).

  words.txt, harm.txt     key<TAB>english        whole words and phrases (up to 4 words), irregular forms
  nouns.txt, harm_nouns.txt   lemma<TAB>class<TAB>english[|plural english]
  verbs.txt, harm_verbs.txt   infinitive<TAB>present 3rd<TAB>past 3rd<TAB>english[<TAB>flag]
  adj.txt                 masculine<TAB>english[<TAB>flag]
  stems.txt               stem*<TAB>english

Noun classes: '.' reads the declension from the ending (-as, -ias, -is/-ys with genitive -io, -us, -ius, -uo, -a,
  -ia, -ė); 'i' is the i-declension (naktis, širdis, dantis: genitive -ies); 'pl' a plural-only noun (pinigai,
  durys, kelnės, pietūs); '=' the lemma alone; '-' no plural.
Verbs: the infinitive may mark its prefix with '|' (pa|daryti) so that the reflexive -si- goes after it
  (pasidaryti); present and past 3rd person are written without the prefix. Flags: 'r' adds the reflexive forms,
  'R' means the verb is only reflexive (juoktis is written juokti ... R); 'r=english' / 'R=english' give the
  reflexive its own English.
  Negated forms (ne-) are made for every verb.
Adjectives: -as, -ias, -us, -is (didelis, with feminine -ė); the comparative -esnis, superlative -iausias, the
  adverb -ai/-iai and the pronominal (definite) forms are made too. Flag '-' skips the degrees.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import glosslib  # noqa: E402  (scripts/gloss/glosslib.py)

OUT = glosslib.lexicon_path("lt")
HEADER = [
    "# Lithuanian (lt) -> English gloss lexicon. Written by the ACE project; Apache-2.0",
    "# Function words, request phrasing, everyday words and the vocabulary of harms and their benign neighbours.",
    "# Nouns in seven cases singular and plural, adjectives by gender, number and case (with pronominal forms),",
    "# verbs in present, past, future, conditional, imperative, reflexive, negated forms and participles.",
]


def rows(name, need):
    return glosslib.read_rows(HERE, name, need)


def join(base, suffix):
    """base + suffix, merging the soft 'i' of the base with an ending that starts with i (žali + i -> žali)."""
    if base.endswith("i") and suffix.startswith("i"):
        return base + suffix[1:]
    return base + suffix


def soft(base):
    """The consonant before a soft ending: t -> č, d -> dž (mat- -> mač-iau, med- -> medž-io)."""
    if base.endswith("t"):
        return base[:-1] + "č"
    if base.endswith("d"):
        return base[:-1] + "dž"
    return base


def soft_join(base, suffix):
    """base + an ending that starts with i + vowel, softening t/d (medis -> medžio)."""
    if base.endswith("i"):
        return base + suffix[1:]
    return soft(base) + suffix


def english_plural(eng):
    if " " in eng:
        head, _, tail = eng.rpartition(" ")
        return head + " " + english_plural(tail)
    if eng.endswith(("s", "sh", "ch", "x", "z")):
        return eng + "es"
    if eng.endswith("y") and len(eng) > 2 and eng[-2] not in "aeiou":
        return eng[:-1] + "ies"
    if eng.endswith("man"):
        return eng[:-3] + "men"
    return eng + "s"


# ---------------------------------------------------------------- nouns

SG_AS = ["as", "o", "ui", "ą", "u", "e", "e"]
PL_AS = ["ai", "ų", "ams", "us", "ais", "uose"]
SG_A = ["a", "os", "ai", "ą", "a", "oje"]
PL_A = ["os", "ų", "oms", "as", "omis", "ose"]
SG_E = ["ė", "ės", "ei", "ę", "e", "ėje"]
PL_E_TAIL = ["ės", "ėms", "es", "ėmis", "ėse"]
SG_IO = ["io", "iui", "iu", "iai", "ių", "iams", "ius", "iais", "iuose"]
SG_I = ["ies", "į", "imi", "yje", "ie", "ys", "ims", "is", "imis", "yse"]
SG_U = ["us", "aus", "ui", "ų", "umi", "uje", "au"]
PL_U = ["ūs", "ų", "ums", "us", "umis", "uose"]


def noun_forms(lemma, cls):
    """(singular forms, plural forms) of a noun."""
    if cls == "=":
        return [lemma], []
    if cls == "pl":
        for end, table in (("ai", PL_AS), ("os", PL_A), ("ūs", PL_U)):
            if lemma.endswith(end):
                return [], [lemma[:-len(end)] + e for e in table]
        if lemma.endswith("ės"):
            b = lemma[:-2]
            return [], [b + "ės", soft_join(b, "ių")] + [b + e for e in PL_E_TAIL[1:]]
        if lemma.endswith("ys"):
            b = lemma[:-2]
            return [], [b + "ys", b + "ų", soft_join(b, "ių"), b + "ims", b + "is", b + "imis", b + "yse"]
        raise SystemExit("plural noun with an unknown ending: %r" % lemma)
    if cls == "i":
        b = lemma[:-2]
        sg = [lemma, b + "ies", soft_join(b, "iai"), b + "į", b + "imi", b + "yje", b + "ie"]
        pl = [b + "ys", soft_join(b, "ių"), b + "ų", b + "ims", b + "is", b + "imis", b + "yse"]
        return sg, pl
    if lemma.endswith("uo"):
        b = lemma[:-2] + ("er" if cls == "er" else "en")
        sg = [lemma, b + "s", b + "iui", b + "į", b + "iu", b + "yje", b + "ie", b + "ei", b + "imi"]
        pl = [b + "ys", b + "ų", b + "ims", b + "is", b + "imis", b + "yse"]
        return sg, pl
    if lemma.endswith("ias"):
        b = lemma[:-2]  # keli-
        sg = [lemma] + [join(b, e) for e in ("o", "ui", "ą", "u")] + [b[:-1] + "yje", b[:-1] + "iau"]
        pl = [join(b, e) for e in PL_AS]
        return sg, pl
    if lemma.endswith("jas"):
        b = lemma[:-2]
        sg = [b + e for e in SG_AS[:5]] + [b + "uje", b[:-1] + "yje", b + "au"]
        return sg, [b + e for e in PL_AS]
    if lemma.endswith("as"):
        b = lemma[:-2]
        sg = [b + e for e in SG_AS]
        return sg, [b + e for e in PL_AS]
    if lemma.endswith(("is", "ys")):
        b = lemma[:-2]
        sg = [lemma, soft_join(b, "io"), soft_join(b, "iui"), b + "į", soft_join(b, "iu"), b + "yje", b + "i"]
        pl = [soft_join(b, e) for e in ("iai", "ių", "iams", "ius", "iais", "iuose")]
        return sg, pl
    if lemma.endswith("ius"):
        b = lemma[:-2]  # vaisi-
        sg = [lemma, b + "aus", b + "ui", b + "ų", b + "umi", b + "uje", b + "au"]
        pl = [join(b, e) for e in PL_AS]
        return sg, pl
    if lemma.endswith("us"):
        b = lemma[:-2]
        return [b + e for e in SG_U], [b + e for e in PL_U]
    if lemma.endswith("ė"):
        b = lemma[:-1]
        return [b + e for e in SG_E], [b + "ės", soft_join(b, "ių")] + [b + e for e in PL_E_TAIL[1:]]
    if lemma.endswith("a"):
        b = lemma[:-1]
        return [join(b, e) for e in SG_A], [join(b, e) for e in PL_A]
    raise SystemExit("noun with an unknown ending: %r (class %r)" % (lemma, cls))


# ---------------------------------------------------------------- adjectives

def adj_decl(b, kind):
    """Forms of an adjective on base b. kind 'as' (geras: b=ger), 'ias' (žalias: b=žali), 'us' (gražus: b=graž),
    'is' (didelis/geresnis: b=didel)."""
    if kind == "us":
        s = soft(b) + "i"
        masc = [b + "us", b + "aus", join(s, "am"), b + "ų", join(s, "u"), join(s, "ame"),
                b + "ūs", join(s, "ų"), join(s, "ems"), join(s, "us"), join(s, "ais"), join(s, "uose")]
        fem = [s, join(s, "os"), join(s, "ai"), join(s, "ą"), join(s, "a"), join(s, "oje"),
               join(s, "omis"), join(s, "ose"), join(s, "oms"), join(s, "as")]
        return masc + fem + pronominal(s, b + "usis")
    if kind == "is":
        s = soft(b) + "i"
        masc = [b + "is", join(s, "o"), join(s, "am"), b + "į", join(s, "u"), join(s, "ame"),
                s, join(s, "ų"), join(s, "ems"), join(s, "us"), join(s, "ais"), join(s, "uose")]
        fem = [b + e for e in SG_E] + [b + "ės", b + "ėms", b + "es", b + "ėmis", b + "ėse"]
        return masc + fem + pronominal_e(b, s)
    # as / ias
    masc = [b + "as", join(b, "o"), join(b, "am"), join(b, "ą"), join(b, "u"), join(b, "ame"),
            join(b, "i"), join(b, "ų"), join(b, "iems"), join(b, "us"), join(b, "ais"), join(b, "uose")]
    fem = [join(b, e) for e in SG_A + PL_A]
    return masc + fem + pronominal(b, b + "asis")


def pronominal(b, nom):
    """The pronominal (definite) forms: gerasis, gerojo ... geroji ... gerieji ... gerosios."""
    ends = ["ojo", "ajam", "ąjį", "uoju", "ajame", "oji", "osios", "ajai", "ąją", "ąja", "ojoje",
            "ieji", "ųjų", "iesiems", "uosius", "aisiais", "uosiuose", "osioms", "ąsias", "osiomis", "osiose"]
    return [nom] + [join(b, e) for e in ends]


def pronominal_e(b, s):
    """Pronominal forms of -is/-ė adjectives (didysis is irregular; geresnysis, geresnioji)."""
    return [b + "ysis", join(s, "ojo"), join(s, "ajam"), b + "įjį", b + "ioji", b + "ėji", b + "ieji",
            b + "iosios", b + "ųjų", b + "iesiems", b + "esiems"]


def adjective(lemma, flag):
    if lemma.endswith("ias"):
        b, kind = lemma[:-2], "ias"
    elif lemma.endswith("as"):
        b, kind = lemma[:-2], "as"
    elif lemma.endswith("us"):
        b, kind = lemma[:-2], "us"
    elif lemma.endswith(("is", "ys")):
        b, kind = lemma[:-2], "is"
    else:
        return [lemma], [], [], []
    forms = adj_decl(b, kind)
    if kind == "as":
        adverb = [b + "ai"]
    elif kind == "is":
        adverb = [soft(b) + "iai"]
    else:
        adverb = [join(soft(b) + "i", "ai")]
    if flag == "-":
        return forms, adverb, [], []
    root = b[:-1] if kind == "ias" else b
    c = root + "esn"
    comp = [c + "is", c + "io", c + "į", c + "i", c + "ių", c + "ius", c + "ė", c + "ės", c + "ę", c + "es",
            root + "iau"]
    u = soft(root) + "iausi"
    sup = [u + "as", u + "o", u + "ą", u, u + "ų", u + "us", u + "a", u + "os", u + "asis", u + "oji", u + "ai"]
    return forms, adverb, comp, sup


# ---------------------------------------------------------------- verbs

def present(p3):
    """1sg, 2sg, 3rd, 1pl, 2pl and the reflexive ones, from the 3rd person (dirba, daro, myli, geria)."""
    if p3.endswith("o"):
        b = p3[:-1]
        plain = [b + "au", b + "ai", p3, b + "ome", b + "ote", b + "om", b + "ot"]
        refl = [b + "ausi", b + "aisi", b + "osi", b + "omės", b + "otės", b + "omės"]
    elif p3.endswith("i"):
        b = p3[:-1]
        plain = [soft_join(b, "iu"), p3, p3, b + "ime", b + "ite", b + "im", b + "it"]
        refl = [soft_join(b, "iuosi"), b + "iesi", b + "isi", b + "imės", b + "itės", b + "imės"]
    elif p3.endswith("a"):
        b = p3[:-1]
        plain = [join(b, "u"), join(b, "i"), p3, join(b, "ame"), join(b, "ate"), join(b, "am"), join(b, "at")]
        refl = [join(b, "uosi"), join(b, "iesi"), join(b, "asi"), join(b, "amės"), join(b, "atės"),
                join(b, "amės")]
    else:
        raise SystemExit("present tense with an unknown ending: %r" % p3)
    return plain, refl


def past(p3):
    b = p3[:-1]
    if p3.endswith("o"):
        plain = [b + "au", b + "ai", p3, b + "ome", b + "ote", b + "om", b + "ot"]
        refl = [b + "ausi", b + "aisi", b + "osi", b + "omės", b + "otės", b + "omės"]
    elif p3.endswith("ė"):
        plain = [soft_join(b, "iau"), b + "ei", p3, b + "ėme", b + "ėte", b + "ėm", b + "ėt"]
        refl = [soft_join(b, "iausi"), b + "eisi", b + "ėsi", b + "ėmės", b + "ėtės", b + "ėmės"]
    else:
        raise SystemExit("past tense with an unknown ending: %r" % p3)
    return plain, refl


def future_base(s):
    if s.endswith(("s", "š")):
        return s
    if s.endswith("z"):
        return s[:-1] + "s"
    if s.endswith("ž"):
        return s[:-1] + "š"
    return s + "s"


def imperative_base(s):
    if s.endswith(("g", "k")):
        return s[:-1]
    return s


PRON = ["i ", "you ", "", "we ", "you ", "we ", "you "]


def verb_forms(inf, p3, past3):
    """(form, english template) pairs of one verb without prefix and without -si; the template holds {v}."""
    s = inf[:-2]
    out = []
    pres, pres_r = present(p3)
    pst, pst_r = past(past3)
    fut = future_base(s)
    imp = imperative_base(s)
    out += [(inf, "{v}"), (s + "t", "{v}")]
    out += [(pres[2], "{v}")] + [(f, PRON[i] + "{v}") for i, f in enumerate(pres) if i != 2]
    out += [(pst[2], "{v}")] + [(f, PRON[i] + "{v}") for i, f in enumerate(pst) if i != 2]
    futs = [fut + "iu", fut + "i", fut, fut + "ime", fut + "ite", fut + "im", fut + "it"]
    out += [(futs[2], "will {v}")] + [(f, PRON[i] + "will {v}") for i, f in enumerate(futs) if i != 2]
    cond = [s + "čiau", s + "tum", s + "tų", s + "tume", s + "tumėte", s + "tumėme", s + "tumėt", s + "tumei",
            s + "tumėm"]
    cpron = ["i ", "you ", "", "we ", "you ", "we ", "you ", "you ", "we "]
    out += [(f, cpron[i] + "would {v}") for i, f in enumerate(cond)]
    out += [(imp + "k", "{v}"), (imp + "kite", "{v}"), (imp + "kit", "{v}"), (imp + "kime", "let us {v}"),
            (imp + "kim", "let us {v}")]
    out += [(s + "davo", "{v}")]
    neg = set([inf, pres[0], pres[1], pres[2], pres[3], pres[4], pst[0], pst[2], futs[0], futs[2], cond[0], cond[1],
               cond[2], cond[4], imp + "k", imp + "kite"])
    # the -si forms, as a separate list marked with 'R' in the template
    refl = [(s + "tis", "{v}"), (s + "tis", "{v}")]
    refl += [(f, PRON[i] + "{v}") for i, f in enumerate(pres_r)]
    refl += [(f, PRON[i] + "{v}") for i, f in enumerate(pst_r)]
    refl += [(fut + "iuosi", "i will {v}"), (fut + "iesi", "you will {v}"), (fut + "is", "will {v}"),
             (fut + "imės", "we will {v}"), (fut + "itės", "you will {v}")]
    refl += [(s + "čiausi", "i would {v}"), (s + "tumeisi", "you would {v}"), (s + "tųsi", "would {v}"),
             (s + "tumėmės", "we would {v}"), (s + "tumėtės", "you would {v}")]
    refl += [(imp + "kis", "{v}"), (imp + "kitės", "{v}"), (imp + "kimės", "let us {v}")]
    return out, refl, neg


def participles(inf, p3, past3):
    """Participles and gerunds (no negation)."""
    s = inf[:-2]
    pa = (p3[:-1] + "a") if p3.endswith("o") else p3  # daro -> dara-ntis
    out = [pa + "nt", pa + "ntis", pa + "nti", pa + "nčio", pa + "nčią", pa + "ntys", pa + "nčios", pa + "nčių"]
    b = past3[:-1]
    pb = b if past3.endswith("o") else soft(b) + "i"
    out += [b + "ęs", b + "ę", pb + "us", pb + "usi", pb + "usio", pb + "usios", pb + "usių"]
    pm = p3[:-1] + "o" if p3.endswith("o") else p3
    out += adj_decl(pm + "m", "as")[:12]  # daromas, daroma ... (passive present)
    out += adj_decl(s + "t", "as")[:12]  # darytas (passive past)
    out += [s + "damas", s + "dama", s + "dami"]
    return out


def verbal_nouns(inf):
    s = inf[:-2]
    vn = s + "mas" if s.endswith("y") else soft_join(s, "imas")
    sg, pl = noun_forms(vn, ".")
    return sg + pl


# ---------------------------------------------------------------- build

class Lex:
    def __init__(self):
        self.entries = {}

    def put(self, key, english):
        key = " ".join(key.lower().split())
        english = " ".join(english.lower().split())
        if not key or not english or key == english or key in self.entries:
            return
        if key.endswith("*") and len(key) < 5:
            return
        self.entries[key] = english


def add_words(lex, name):
    for r in rows(name, 2):
        lex.put(r[0], r[1])


def add_nouns(lex, name, stems):
    for r in rows(name, 3):
        lemma, cls, eng = r[0], r[1], r[2]
        sg_eng, _, pl_eng = eng.partition("|")
        if not pl_eng:
            pl_eng = sg_eng if cls in ("pl", "-") else english_plural(sg_eng)
        sg, pl = noun_forms(lemma, cls)
        if cls == "-":
            pl = []
        for f in sg:
            lex.put(f, sg_eng)
        for f in pl:
            lex.put(f, pl_eng)
        for extra in r[3:]:
            for f in extra.split(","):
                lex.put(f, sg_eng)
        if cls not in ("=",) and " " not in lemma:
            base = lemma[:-1] if lemma.endswith(("a", "ė")) else lemma[:-2]
            if len(base) >= 5:
                stems.append((base + "*", sg_eng))


def add_adjectives(lex, name, stems):
    for r in rows(name, 2):
        lemma, eng = r[0], r[1]
        flag = r[2] if len(r) > 2 else ""
        forms, adverb, comp, sup = adjective(lemma, flag)
        for f in forms:
            lex.put(f, eng)
        for f in adverb:
            lex.put(f, eng + "ly" if eng.endswith(("ful", "ous", "ent", "ant", "al", "ic")) else eng)
        word = eng.split()[-1] if eng else eng
        for f in comp:
            lex.put(f, "more " + eng if len(word) > 6 or " " in eng else "more " + eng)
        for f in sup:
            lex.put(f, "most " + eng)
        for extra in r[3:]:
            for f in extra.split(","):
                lex.put(f, eng)
        base = lemma[:-2]
        if len(base) >= 5:
            stems.append((base + "*", eng))


def add_verbs(lex, name, stems):
    for r in rows(name, 4):
        inf, p3, past3, eng = r[0], r[1], r[2], r[3]
        flag = r[4] if len(r) > 4 else ""
        refl_eng = eng
        if flag.startswith("r=") or flag.startswith("R="):
            refl_eng = flag[2:]
            flag = flag[0]
        prefix, _, bare = inf.rpartition("|")
        if bare.endswith("tis"):  # written reflexive: mokytis -> mokyti, reflexive only
            bare = bare[:-1]
            flag = flag or "R"
        p3, past3 = (w[:-2] if w.endswith("si") else w for w in (p3, past3))
        plain, refl, neg = verb_forms(bare, p3, past3)
        negs = [(f, tpl) for f, tpl in plain if f in neg]
        if flag != "R":
            for f, tpl in plain:
                lex.put(prefix + f, tpl.format(v=eng))
            for f in participles(bare, p3, past3):
                lex.put(prefix + f, eng)
            for f in verbal_nouns(bare):
                lex.put(prefix + f, eng)
        if flag in ("r", "R"):
            if not prefix:
                for f, tpl in refl:
                    lex.put(f, tpl.format(v=refl_eng))
                for f, tpl in negs:
                    lex.put("nesi" + f, negate(tpl).format(v=refl_eng))
            else:
                for f, tpl in plain:
                    lex.put(prefix + "si" + f, tpl.format(v=refl_eng))
                for f, tpl in negs:
                    lex.put("ne" + prefix + "si" + f, negate(tpl).format(v=refl_eng))
                for f in participles(bare, p3, past3)[:26]:
                    lex.put(prefix + "si" + f, refl_eng)
        if flag != "R":
            for f, tpl in negs:
                lex.put("ne" + prefix + f, negate(tpl).format(v=eng))
        s = bare[:-2].rstrip("y")
        if len(prefix + s) >= 5:
            stems.append((prefix + s + "*", eng))


def negate(tpl):
    if "will" in tpl:
        return tpl.replace("will", "will not")
    if "would" in tpl:
        return tpl.replace("would", "would not")
    if tpl.startswith("let us"):
        return "let us not {v}"
    if tpl.startswith(("i ", "you ", "we ")):
        p, _, rest = tpl.partition(" ")
        return p + " do not " + rest
    return "not " + tpl


def build():
    lex = Lex()
    stems = []
    add_words(lex, "words.txt")
    add_words(lex, "harm.txt")
    add_nouns(lex, "harm_nouns.txt", stems)
    add_verbs(lex, "harm_verbs.txt", stems)
    add_nouns(lex, "nouns.txt", stems)
    add_verbs(lex, "verbs.txt", stems)
    add_adjectives(lex, "adj.txt", stems)
    for r in rows("stems.txt", 2):
        lex.put(r[0], r[1])
    for key, eng in stems:
        lex.put(key, eng)
    return lex


def main():
    lex = build()
    total, nstems = glosslib.write_lexicon(OUT, HEADER, lex.entries)
    sys.stderr.write("lt: %d entries, %d stems -> %s\n" % (total, nstems, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Swedish (sv) -> English gloss lexicon generator for ACE.

Reads the hand-written lists in data/ and writes ace-core/.../gloss/sv.tsv (same bytes on every run):
  words.txt    key<TAB>english            whole words and phrases (up to 4 words), as written
  stems.txt    stem*<TAB>english          stems (compounds, derived words)
  nouns.txt    lemma<TAB>class<TAB>english[<TAB>extra,forms]
  verbs.txt    infinitive<TAB>class<TAB>english[<TAB>extra,forms]
  adj.txt      lemma<TAB>english[<TAB>extra,forms or '=' for an invariable word]
  harm.txt     like words.txt: the vocabulary of harms
(class '=' in nouns/verbs: only the lemma and the extras.) Entries whose English is the key itself are left out.
The first entry for a key wins: words.txt is read first, so it overrides generated forms.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOWELS = "aeiouyåäö"


def rows(name, ncols):
    out = []
    with open(os.path.join(HERE, "data", name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < ncols:
                sys.exit("%s:%d: expected %d tab-separated columns: %r" % (name, n, ncols, line))
            out.append([c.strip() for c in cols])
    return out


def extras(cols, i):
    if len(cols) > i and cols[i]:
        return [x.strip() for x in cols[i].split(",") if x.strip()]
    return []


def noun_forms(lemma, cls):
    """Indefinite and definite, singular and plural, and the genitives of the singular."""
    if cls == "=":
        return [lemma]
    gender, _, pl = cls.partition("/")
    f = [lemma]
    last = lemma[-1]
    if gender == "en":
        if last in VOWELS:
            dsg = lemma + "n"
        elif lemma.endswith(("el", "er", "or")) and len(lemma) > 3:
            dsg = lemma + "n"
        else:
            dsg = lemma + "en"
        if pl == "or":
            st = lemma[:-1] if last == "a" else lemma
            f += [dsg, st + "or", st + "orna"]
        elif pl == "ar":
            if last == "e":
                st = lemma[:-1]
            elif lemma.endswith(("el", "er", "en")) and len(lemma) > 4:
                st = lemma[:-2] + lemma[-1]
            else:
                st = lemma
            f += [dsg, st + "ar", st + "arna"]
        elif pl == "er":
            st = lemma + "r" if last == "e" else lemma + "er"
            f += [dsg, st, st + "na"]
        elif pl == "r":
            f += [dsg, lemma + "r", lemma + "rna"]
        elif pl == "0":
            f += [dsg, (lemma[:-1] if lemma.endswith("are") else lemma) + "na"]
        elif pl == "-":
            f += [dsg]
        else:
            raise ValueError(cls)
    elif gender == "ett":
        if pl == "n":
            f += [lemma + "t", lemma + "n", lemma + "na"]
        elif pl == "0":
            if lemma.endswith(("er", "en", "el")) and len(lemma) > 4 and lemma[-3] not in VOWELS:
                st = lemma[:-2] + lemma[-1]
                f += [st + "et", st + "en"]
            elif last in VOWELS:
                f += [lemma + "t", lemma + "n"]
            else:
                f += [lemma + "et", lemma + "en"]
        elif pl == "er":
            f += [lemma + ("t" if last == "e" else "et"), lemma + "er", lemma + "erna"]
        elif pl == "-":
            f += [lemma + ("t" if last in VOWELS else "et")]
        else:
            raise ValueError(cls)
    else:
        raise ValueError(cls)
    f += [f[0] + "s", f[1] + "s"] if not lemma.endswith(("s", "x", "z")) else []
    return f


def verb_forms(inf, cls):
    if cls == "=":
        return [inf]
    f = [inf]
    if cls == "1":  # prata
        f += [inf + s for s in ("r", "de", "t", "s", "des", "ts", "d", "nde", "ndes")]
    elif cls in ("2a", "2b"):  # stänga, köpa
        st = inf[:-1] if inf.endswith("a") else inf
        pres = st if st.endswith("r") else st + "er"
        if cls == "2a":
            if st.endswith("d") and st[-2] not in VOWELS:  # använda
                past, sup, pp = st + "e", st[:-1] + "t", st
            elif len(st) > 2 and st[-1] == st[-2] and st[-1] in "mn":  # känna, glömma
                past, sup, pp = st[:-1] + "de", st[:-1] + "t", st[:-1] + "d"
            else:
                past, sup, pp = st + "de", st + "t", st + "d"
            f += [pres, st, past, sup, pp, pp + "a", st + "s", past + "s", sup + "s", inf + "nde"]
        else:
            if st.endswith("t") and st[-2] not in VOWELS:  # smälta, gifta
                past, sup = st + "e", st
            else:
                past, sup = st + "te", st + "t"
            f += [pres, st, past, sup, sup + "a", st + "s", past + "s", sup + "s", inf + "nde"]
    elif cls == "3":  # bo, tro
        f += [inf + s for s in ("r", "dde", "tt", "s", "dd", "dda", "ddes", "ende", "tts")]
    else:
        raise ValueError(cls)
    return f


def adj_forms(lemma):
    f = [lemma]
    if lemma.endswith("en") and len(lemma) > 4:  # öppen
        f += [lemma[:-2] + "et", lemma[:-2] + "na", lemma[:-2] + "nare", lemma[:-2] + "nast", lemma[:-2] + "naste"]
        return f
    if lemma.endswith(("el", "er")) and len(lemma) > 4 and lemma[-3] not in VOWELS:  # enkel, vacker
        st = lemma[:-2] + lemma[-1]
        f += [lemma + "t", st + "a", st + "are", st + "ast", st + "aste"]
        return f
    if lemma[-1] in VOWELS:  # bra, blå, ny
        f += [lemma + "tt", lemma + "a" if lemma[-1] != "a" else lemma]
        return f
    if lemma.endswith("d") and lemma[-2] in VOWELS:
        neut = lemma[:-1] + "tt"
    elif lemma.endswith("d"):
        neut = lemma[:-1] + "t"
    elif lemma.endswith("t") and lemma[-2] in VOWELS:
        neut = lemma + "t"
    elif lemma.endswith("t"):
        neut = lemma
    else:
        neut = lemma + "t"
    f += [neut, lemma + "a", lemma + "e", lemma + "are", lemma + "ast", lemma + "aste"]
    return f


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../ace-core/src/main/resources/dev/ace/core/text/gloss/sv.tsv")
    entries = {}
    order = []

    def add(key, eng):
        key = " ".join(key.lower().split())
        eng = " ".join(eng.lower().split())
        if not key or not eng or "\t" in key:
            return
        if key.endswith("*"):
            if len(key) < 4 or " " in key:
                sys.exit("bad stem %r" % key)
        if key.rstrip("*") == eng:
            return  # an identity ("sarin", "student") adds nothing but English-looking coverage
        if key not in entries:
            entries[key] = eng
            order.append(key)

    for k, e in rows("words.txt", 2):
        add(k, e)
    for k, e in rows("harm.txt", 2):
        add(k, e)
    for cols in rows("nouns.txt", 3):
        for form in noun_forms(cols[0], cols[1]) + extras(cols, 3):
            add(form, cols[2])
    for cols in rows("verbs.txt", 3):
        for form in verb_forms(cols[0], cols[1]) + extras(cols, 3):
            add(form, cols[2])
    for cols in rows("adj.txt", 2):
        inv = len(cols) > 2 and cols[2] == "="  # invariable: the lemma only
        for form in ([cols[0]] if inv else adj_forms(cols[0]) + extras(cols, 2)):
            add(form, cols[1])
    for k, e in rows("stems.txt", 2):
        add(k, e)

    stems = [k for k in order if k.endswith("*")]
    plain = [k for k in order if not k.endswith("*")]
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Swedish (sv) -> English gloss lexicon. Written by the ACE project; Apache-2.0\n")
        f.write("# Standard and chat Swedish: function words, request phrasing, everyday vocabulary and the vocabulary of\n")
        f.write("# harms, with noun (definite, plural, genitive), verb and adjective forms generated from hand-written\n")
        f.write("# lists, and stems (word*) for compounds and derived words. Norwegian and Danish are partly covered.\n")
        f.write("# Some keys are spelt like English words with another meaning (gift, hat, barn, bra, kill, slut, fart):\n")
        f.write("# they carry their Swedish meaning. Generated by scripts/gloss/sv/gen.py; \"-\" drops a word.\n")
        for k in plain:
            f.write("%s\t%s\n" % (k, entries[k]))
        f.write("# --- stems ---\n")
        for k in stems:
            f.write("%s\t%s\n" % (k, entries[k]))
    print("%d entries (%d stems) -> %s" % (len(order), len(stems), out_path), file=sys.stderr)


if __name__ == "__main__":
    main()

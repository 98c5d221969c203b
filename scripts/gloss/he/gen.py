#!/usr/bin/env python3
"""Generates the Hebrew (he) -> English gloss lexicon for ACE from the word lists in data/.

Hebrew writes the one-letter prefixes (ו ה ב ל מ ש כ and their combinations) onto the word, and the gloss matches
stems (word*) only at the start of a word, so this script writes the prefixed forms of every noun, adjective and
verb form itself, and uses stems for the suffixes (plurals, possessives). Verbs are conjugated from root and
binyan (data/verbs.txt) or listed form by form (data/verbs_x.txt).

Data files (UTF-8, '#' comments):
  function.txt, phrases.txt  key[, key...] = english [; flags]   flags: v (add ו- forms), s (add ש-, כש- forms),
                                                                 n (noun prefixes), ! (no stem)
  nouns*.txt                 sg[/pl...] = english [; !]           stems and prefixed forms are generated
  adj.txt                    ms[/fs/mp/fp] = english
  verbs.txt                  root binyan = english
  verbs_x.txt                form form ... = english              (irregular verbs; the first form is the infinitive)
Writes ace-core/.../gloss/he.tsv next to this script (or the path given as the first argument); the same bytes on every run.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')

FINAL = {'כ': 'ך', 'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ'}
UNFINAL = {v: k for k, v in FINAL.items()}
GUTTURAL = set('אהחע')
STEM_OK = re.compile('^[\u05d0-\u05ea][\u05d0-\u05ea\'"\u05f3\u05f4]*[\u05d0-\u05ea]$')


def fin(w):
    """Final letter forms at the end of each word, regular forms inside."""
    out = []
    for word in w.split(' '):
        chars = [UNFINAL.get(c, c) for c in word]
        if chars and chars[-1] in FINAL and not (len(chars) > 1 and chars[-2] in "'׳\""):
            chars[-1] = FINAL[chars[-1]]
        out.append(''.join(chars))
    return ' '.join(out)


def unfin(w):
    return ''.join(UNFINAL.get(c, c) for c in w)


def letters(w):
    return sum(1 for c in w if '\u05d0' <= c <= '\u05ea')


# prefixes written onto nouns (and adjectives), with the English they add
# ו (and) and ש (that) add no English: the detectors read a bag of words, and the bytes are better spent on words
NOUN_PREFIXES = [
    ('ה', '{}'), ('ו', '{}'), ('וה', '{}'), ('ב', 'in {}'), ('וב', 'in {}'), ('ל', 'to {}'), ('ול', 'to {}'),
    ('מ', 'from {}'), ('מה', 'from {}'), ('ש', '{}'), ('שה', '{}'), ('כש', 'when {}'),
]
ADJ_PREFIXES = [('ה', '{}'), ('ו', '{}'), ('וה', '{}'), ('ש', '{}'), ('שה', '{}')]
VERB_PREFIXES = [('ו', '{}'), ('ש', '{}')]
INF_PREFIXES = [('ו', '{}'), ('מ', 'from {}')]
FUNC_V = [('ו', 'and {}')]
FUNC_S = [('ש', 'that {}'), ('כש', 'when {}'), ('וש', 'and that {}'), ('וכש', 'and when {}')]

# tiers: earlier tiers own a key (base words before generated prefixed forms)
tiers = {t: [] for t in range(6)}


def add(tier, key, eng):
    tiers[tier].append((key, eng))


def geresh_variants(key):
    """The key as typed with ASCII ' and ", and with Hebrew geresh/gershayim."""
    out = [key]
    if "'" in key or '"' in key:
        out.append(key.replace("'", '\u05f3').replace('"', '\u05f4'))
    if '\u05f3' in key or '\u05f4' in key:
        out.append(key.replace('\u05f3', "'").replace('\u05f4', '"'))
    return out


def read(name):
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith('#'):
                continue
            if ' = ' not in line:
                raise SystemExit(f'{name}: no " = " in {line!r}')
            left, right = line.split(' = ', 1)
            flags = ''
            if ' ; ' in right:
                right, flags = right.split(' ; ', 1)
            elif right.endswith(';'):
                right = right[:-1]
            rows.append((left.strip(), right.strip().lower(), flags.strip()))
    return rows


def prefixed(tier, forms, eng, prefixes, stem=False):
    for p, tmpl in prefixes:
        e = tmpl.format(eng) if eng != '-' else '-'
        for f in forms:
            if stem:
                add(tier, p + f + '*', e)
            else:
                add(tier, fin(p + f), e)


# ---------------------------------------------------------------- function words and phrases
def do_function(name, tier):
    for left, eng, flags in read(name):
        keys = [k.strip() for k in left.split(',') if k.strip()]
        for k in keys:
            if k.endswith('*'):
                add(tier, k, eng)
                continue
            add(tier, k, eng)
            if ' ' in k:
                if 'v' in flags:
                    add(tier + 2, 'ו' + k, 'and ' + eng if eng != '-' else '-')
                if 's' in flags:
                    for p, tmpl in FUNC_S:
                        add(tier + 2, p + k, tmpl.format(eng) if eng != '-' else '-')
                continue
            if 'v' in flags:
                prefixed(tier + 2, [k], eng, FUNC_V)
            if 's' in flags:
                prefixed(tier + 2, [k], eng, FUNC_S)
            if 'n' in flags:
                prefixed(tier + 2, [k], eng, NOUN_PREFIXES)
                if letters(k) >= 4 and '!' not in flags:
                    st = unfin(k[:-1] if k.endswith('ה') and letters(k) >= 4 else k)
                    if letters(st) >= 3:
                        add(tier + 3, st + '*', eng)
                        prefixed(tier + 3, [st], eng, NOUN_PREFIXES, stem=True)


# ---------------------------------------------------------------- nouns
def noun_forms(sg, pls):
    """Exact forms and stems of a noun: stems cover plurals and possessive suffixes."""
    exact = [sg] + pls
    stems = []
    if ' ' in sg:
        return exact, stems
    if sg.endswith('ה') and letters(sg) >= 4:
        stems.append(unfin(sg[:-1]))          # משפחה -> משפח*: משפחות, משפחתי
    elif letters(sg) >= 3 and not sg.endswith('ה'):
        stems.append(unfin(sg))                # מחשב -> מחשב*: מחשבים, מחשבי
    for pl in pls:
        for suf in ('ים', 'ות'):
            if pl.endswith(suf) and letters(pl) - 2 >= 3 and ' ' not in pl:
                st = unfin(pl[:-2])
                # a plural stem shorter than the singular's (מגבות -> מגב*) would start unrelated words
                if not any(st.startswith(s) or s.startswith(st) for s in stems):
                    stems.append(st)
    return exact, stems


def do_nouns(name):
    for left0, eng, flags in read(name):
      for left in [x.strip() for x in left0.split(',') if x.strip()]:
        parts = [p.strip() for p in left.split('/') if p.strip()]
        sg, pls = parts[0], parts[1:]
        if ' ' in sg:
            # construct phrases take the article on their last word: בית ספר -> בית הספר
            defin = [' '.join(x.split(' ')[:-1] + ['ה' + x.split(' ')[-1]]) for x in [sg] + pls
                     if not x.split(' ')[-1].startswith('ה')]
            pls = pls + defin
        elif sg.endswith('ה') and letters(sg) >= 3 and '!' not in flags:
            add(2, sg[:-1] + 'ת', eng)         # construct: עוגת, הודעת
        for v_sg in geresh_variants(sg):
            v_pls = [v for p in pls for v in geresh_variants(p)] if v_sg == sg else pls
            exact, stems = noun_forms(v_sg, v_pls)
            if '!' in flags:
                stems = []
            for f in exact:
                add(2, fin(f), eng)
            for s in stems:
                add(4, s + '*', eng)
            # prefixed: stems where the stem covers the form, exact forms otherwise
            cover = [f for f in exact if not any(f.startswith(s) for s in stems)]
            prefixed(3, cover, eng, NOUN_PREFIXES)
            prefixed(5, stems, eng, NOUN_PREFIXES, stem=True)


# ---------------------------------------------------------------- adjectives
def do_adj(name):
    for left, eng, flags in read(name):
        parts = [p.strip() for p in left.split('/') if p.strip()]
        ms = parts[0]
        base = unfin(ms)
        if len(parts) > 1:
            forms = parts
        elif ms.endswith('י'):
            forms = [ms, base + 'ת', base + 'ים', base + 'ות']
        elif ms.endswith('ה'):
            forms = [ms, ms, base[:-1] + 'ים', base[:-1] + 'ות']
        else:
            forms = [ms, base + 'ה', base + 'ים', base + 'ות']
        forms = [fin(f) for f in dict.fromkeys(forms)]
        stems = []
        if '!' not in flags:
            b = unfin(ms[:-1]) if ms.endswith('ה') else base
            if letters(b) >= 3 and not ms.endswith('י') and ' ' not in ms and all(f.startswith(b) or f == ms for f in forms):
                stems.append(b)
        for f in forms:
            add(2, f, eng)
        for s in stems:
            add(4, s + '*', eng)
        cover = [f for f in forms if not any(f.startswith(s) for s in stems)]
        prefixed(3, cover, eng, ADJ_PREFIXES)
        prefixed(5, stems, eng, ADJ_PREFIXES, stem=True)


# ---------------------------------------------------------------- verbs
def conj(root, b):
    """(infinitives, participles, finite forms) of a root in a binyan, in full (plene) spelling."""
    r = list(unfin(root))
    inf, part, fnt = [], [], []
    if b in ('q', 'qa'):
        a, m, c = r
        o = 'ו' if b == 'q' else ''
        inf = ['ל' + a + m + 'ו' + c]
        part = [a + 'ו' + m + c + s for s in ('', 'ת', 'ים', 'ות')]
        past = a + m + c
        fnt = [past + s for s in ('תי', 'ת', 'נו', 'תם', '', 'ה', 'ו')]
        fut = a + m + o + c
        fnt += [p + fut for p in 'אתינ'] + [p + a + m + c + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
        fnt += [fut, a + m + c + 'י', a + m + c + 'ו']
    elif b == 'qh':
        a, m = r[0], r[1]
        inf = ['ל' + a + m + 'ות']
        part = [a + 'ו' + m + s for s in ('ה', 'ים', 'ות')]
        fnt = [a + m + s for s in ('יתי', 'ית', 'ינו', 'יתם', 'ה', 'תה', 'ו', 'י')]
        fnt += [p + a + m + 'ה' for p in 'אתינ'] + [p + a + m + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
    elif b in ('qw', 'qy'):
        a, m, c = r
        inf = ['ל' + a + m + c]
        part = [a + c + s for s in ('', 'ה', 'ים', 'ות')]
        fnt = [a + c + s for s in ('תי', 'ת', 'נו', 'תם', 'ו')]
        fnt += [p + a + m + c for p in 'אתינ'] + [p + a + m + c + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
        fnt += [a + m + c]
    elif b == 'p':
        stem = ''.join(r)
        yod = r[0] + 'י' + ''.join(r[1:]) if len(r) == 3 else stem
        inf = ['ל' + stem]
        part = ['מ' + stem + s for s in ('', 'ת', 'ים', 'ות')]
        fnt += [yod + s for s in ('תי', 'ת', 'נו', 'תם', '', 'ה', 'ו')]
        fnt += [p + stem for p in 'אתינ'] + [p + stem + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
        fnt += [stem + 'י', stem + 'ו']
    elif b == 'ph':
        a, m = r[0], r[1]
        inf = ['ל' + a + m + 'ות']
        part = ['מ' + a + m + s for s in ('ה', 'ים', 'ות')]
        for pst in dict.fromkeys([a + 'י' + m, a + m]):
            fnt += [pst + s for s in ('יתי', 'ית', 'ינו', 'יתם', 'ה', 'תה', 'ו')]
        fnt += [p + a + m + 'ה' for p in 'אתינ'] + [p + a + m + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
    elif b == 'h':
        head, last = ''.join(r[:-1]), r[-1]
        long = head + 'י' + last
        short = head + last
        inf = ['לה' + long]
        part = ['מ' + long + s for s in ('', 'ה', 'ים', 'ות')]
        fnt = ['ה' + short + s for s in ('תי', 'ת', 'נו', 'תם')] + ['ה' + long + s for s in ('', 'ה', 'ו')]
        fnt += [p + long for p in 'אתינ'] + [p + long + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
        fnt += ['ה' + long + 'י']  # not the imperative ה+short: it is ה + a noun (הזמן, הבן)
    elif b == 't':
        a = r[0]
        rest = ''.join(r[1:])
        if a in 'שס':
            B = a + 'ת' + rest
        elif a == 'צ':
            B = 'צט' + rest
        elif a == 'ז':
            B = 'זד' + rest
        else:
            B = 'ת' + ''.join(r)
        inf = ['לה' + B]
        part = ['מ' + B + s for s in ('', 'ת', 'ים', 'ות')]
        fnt = ['ה' + B + s for s in ('תי', 'ת', 'נו', 'תם', '', 'ה', 'ו', 'י')]
        fnt += [p + B for p in 'אתינ'] + [p + B + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
    elif b == 'n':
        stem = ''.join(r)
        inf = ['להי' + stem]
        part = ['נ' + stem + s for s in ('', 'ת', 'ים', 'ות')]
        fnt = ['נ' + stem + s for s in ('תי', 'נו', 'תם', 'ה', 'ו')]
        ys = ['י', ''] if r[0] in GUTTURAL else ['י']
        for y in ys:
            fnt += [p + y + stem for p in 'אתינ'] + [p + y + stem + s for p, s in (('ת', 'י'), ('ת', 'ו'), ('י', 'ו'))]
            fnt += ['ה' + y + stem]
        if r[0] in GUTTURAL:
            inf.append('לה' + stem)
    elif b == 'nh':
        a, m = r[0], r[1]
        inf = ['להי' + a + m + 'ות']
        part = ['נ' + a + m + s for s in ('ה', 'ית', 'ים', 'ות')]
        fnt = ['נ' + a + m + s for s in ('יתי', 'ית', 'ינו', 'תה', 'ו')]
        fnt += [p + 'י' + a + m + 'ה' for p in 'אתינ'] + [p + 'י' + a + m + 'ו' for p in 'תי']
    else:
        raise SystemExit(f'unknown binyan {b} for {root}')
    return ([fin(x) for x in inf], [fin(x) for x in dict.fromkeys(part)],
            [fin(x) for x in dict.fromkeys(fnt)])


def verb_entries(inf, part, fnt, eng):
    one = eng.split('|')[0].strip()
    for f in inf:
        add(2, f, 'to ' + one)
        prefixed(3, [f], 'to ' + one, INF_PREFIXES)
    for f in part + fnt:
        add(2, f, one)
        prefixed(3, [f], one, VERB_PREFIXES)


def do_verbs(name):
    for left, eng, flags in read(name):
        root, b = left.split()
        inf, part, fnt = conj(root, b)
        verb_entries(inf, part, fnt, eng)


def do_verbs_x(name):
    for left, eng, flags in read(name):
        forms = left.split()
        inf = [f for f in forms if f.startswith('ל')][:1] or []
        rest = [f for f in forms if f not in inf]
        verb_entries(inf, [], rest, eng)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../ace-core/src/main/resources/dev/ace/core/text/gloss/he.tsv')
    do_function('fixes.txt', 0)
    do_function('function.txt', 0)
    do_function('phrases.txt', 0)
    for name in sorted(os.listdir(DATA)):
        if name.startswith('nouns') and name.endswith('.txt'):
            do_nouns(name)
    do_adj('adj.txt')
    do_verbs_x('verbs_x.txt')
    do_verbs('verbs.txt')
    seen = set()
    lines = []
    stems = 0
    for t in range(6):
        for key, eng in tiers[t]:
            key = key.strip()
            if key in seen or not eng:
                continue
            if key.endswith('*') and (letters(key[:-1]) < 3 or not STEM_OK.match(key[:-1])):
                continue
            seen.add(key)
            lines.append(f'{key}\t{eng}')
            stems += key.endswith('*')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    head = [
        '# Hebrew (he) -> English gloss lexicon. Written by the ACE project; Apache-2.0',
        '# Modern Hebrew as typed (no vowel points; geresh/gershayim as \' " or \u05f3 \u05f4): function words, request',
        '# and jailbreak phrasing, everyday vocabulary, and the vocabulary of harms. Generated by',
        '# scripts/gloss/he/gen.py from hand-written lists: the prefixes \u05d5 \u05d4 \u05d1 \u05dc \u05de \u05e9 \u05db'
        ' (and combinations) are written onto',
        '# nouns, adjectives and verb forms by the script; stems (word*) cover plurals and possessive suffixes; verbs',
        '# are conjugated from root and binyan, irregular ones listed form by form.',
        f'# {len(lines)} entries, {stems} of them stems.',
        '',
    ]
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(head + lines) + '\n')
    print(f'{out}: {len(lines)} entries, {stems} stems', file=sys.stderr)


if __name__ == '__main__':
    main()

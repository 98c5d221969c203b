#!/usr/bin/env python3
"""Generates tl.tsv: hand-written lists (vocab*.py) plus verb aspect forms generated from verbs.py."""
import sys, unicodedata, re, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verbs import VERBS
import vocab1, vocab2, vocab3, vocab4, vocab5

OUT = os.path.join(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../ace-core/src/main/resources/dev/ace/core/text/'), 'gloss/tl.tsv')
ENG = set(l.strip() for l in open(os.path.join(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../ace-core/src/main/resources/dev/ace/core/text/'), 'english-words.txt')) if l.strip() and not l.startswith('#'))
# Tagalog words that also happen to be English words: kept (they are the language's core words)
KEEP_EN = set("nya jan nasa kita sa ng may at pa po lang man ate ha ni para hindi ano ako ko mo ka na ba din rin nga eh oo bata bago mga kasi tayo kami sila siya ito yan yun dito doon lahat kung pag wala ang si kay dahil pero isa iba sino saan kailan bakit paano lamang gusto kaya alam ibig nais baka sana".split())

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

entries = []   # (key, english)
seen = set()
def add(k, e):
    k = k.strip(); e = e.strip().lower()
    if not k or not e:
        return
    kl = k.lower()
    if kl in seen:
        return
    words = kl.rstrip('*').split()
    if len(words) > 4:
        return
    # never an English word as a key: a one-word key in the English list, or a phrase made only of English words
    if all(w in ENG and w not in KEEP_EN for w in words):
        return
    if kl.endswith('*') and (len(words) != 1 or len(strip_acc(words[0])) < 3):
        return
    seen.add(kl)
    entries.append((kl, e))

def block(text):
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        k, e = line.split('|', 1)
        yield k, e

VOW = 'aeiou'
def cv(r):
    if r.startswith('ng') and len(r) > 2 and r[2] in VOW:
        return r[:3]
    if r[0] in VOW:
        return r[0]
    for i, c in enumerate(r):
        if c in VOW:
            return r[0] + c
    return r[:2]
def redup(r):
    return cv(r) + r
def um(r):
    return 'um' + r if r[0] in VOW else r[0] + 'um' + r[1:]
def inf(r):
    if r[0] in VOW:
        return ['in' + r]
    if r[0] in 'lywr':
        return ['ni' + r, r[0] + 'in' + r[1:]]
    return [r[0] + 'in' + r[1:]]
def pre(p, r):
    """prefix; a hyphen before a vowel (mag-aral), also written without it (magaral)"""
    if r[0] in VOW and p[-1] not in VOW:
        return [p + '-' + r, p + r]
    return [p + r]
def suf(r, s):
    out = []
    base = r[:-1] + 'u' if r.endswith('o') else r
    if base[-1] in VOW:
        out += [base + 'h' + s, base + s]
    else:
        out += [base + s]
    return out

def mang(r):
    c = r[0]
    if c in 'pb':
        b = 'am' + r[1:]
    elif c in 'tds':
        b = 'an' + r[1:]
    elif c == 'k':
        b = 'ang' + r[1:]
    else:
        b = 'ang' + r
    return b

def forms(root, eng, flags, irr):
    r = strip_acc(root).replace('-', '') if '-' not in root[1:] else strip_acc(root)
    R = strip_acc(root)
    f = []
    f.append((R, eng))
    if '-' in R and not R.startswith('pag-'):
        return f
    if R.startswith('pag-'):
        b = R[4:]
        f += [('mag' + R, eng), ('nag' + R, eng), ('nag' + 'pag-' + b[0] + b, eng)]
        for x in irr:
            f.append((x, eng))
        return f
    r = R
    rr = redup(r)
    # actor focus -um-
    f += [(um(r), eng), (um(rr), eng), (rr, eng)]
    # mag-
    for p in ('mag', 'nag'):
        f += [(x, eng) for x in pre(p, r) + pre(p, rr)]
    # object focus -in / locative -an (incl. irregular forms given)
    sin = suf(r, 'in') + [x for x in irr if x.endswith('in') and not x.startswith('i')]
    san = suf(r, 'an') + [x for x in irr if x.endswith('an') and not x.startswith('i')]
    for x in sin:
        f += [(x, eng), (redup(x) if x[0] not in VOW else x[0] + x, eng)]
    for y in inf(r):
        f.append((y, eng))
    for y in inf(rr):
        f.append((y, eng))
    for x in san:
        f += [(x, eng), (redup(x), eng)]
        for y in inf(x) + inf(redup(x)):
            f.append((y, eng))
    # ma-...-an (naiintindihan, nahihirapan), ipag-, pinag-...-an, makapag-/nakapag-
    for x in san:
        f += [('ma' + x, eng), ('na' + x, eng), ('na' + redup(x), eng), ('ma' + redup(x), eng)]
    f += [(x, eng) for x in pre('ipag', r) + pre('ipinag', r) + pre('makapag', r) + pre('nakapag', r) + pre('nakakapag', r) + pre('maki', r) + pre('naki', r) + pre('nakiki', r)]
    f += [(x + 'an', eng) for x in pre('pinag', r) + pre('pag', r)] if r[-1] not in VOW else [(x + 'han', eng) for x in pre('pinag', r) + pre('pag', r)]
    # i- (conveyance)
    if r[0] not in VOW:
        f += [('i' + r, eng), ('i' + rr, eng)]
        f += [('i' + y, eng) for y in inf(r) + inf(rr)]
    for x in irr:
        if x.startswith('i') and x not in f:
            f.append((x, eng))
    # ma- potential / stative, maka-
    for p in ('ma', 'na', 'maka', 'naka', 'nakaka', 'makaka'):
        f += [(x, eng) for x in pre(p, r)]
    f += [(x, eng) for x in pre('na', rr) + pre('ma', rr) + pre('naka', rr) + pre('maka', rr)]
    # causative magpa-/ipa-, request paki-
    for p in ('magpa', 'nagpa', 'nagpapa', 'ipa', 'ipina', 'pina', 'pinapa'):
        f += [(x, eng) for x in pre(p, r)]
    for x in pre('paki', r) + ['paki-' + r]:
        f.append((x, 'please ' + eng))
    # pag- nouns (paggawa, pagluluto)
    f += [(x, eng) for x in pre('pag', r) + pre('pag', rr)]
    if 'm' in flags:
        c = r[0]
        if c in 'pb':
            B, assim = 'm' + r[1:], True
        elif c in 'tds':
            B, assim = 'n' + r[1:], True
        elif c == 'k':
            B, assim = 'ng' + r[1:], True
        else:
            B, assim = ('ng-' + r if c in VOW else 'ng' + r), False
        f += [('ma' + B, eng), ('na' + B, eng), ('pa' + B, eng)]
        if assim:
            f += [('na' + redup(B), eng), ('ma' + redup(B), eng), ('pa' + redup(B), eng)]
        else:
            f += [('na' + B[:-len(r)] + redup(r), eng), ('ma' + B[:-len(r)] + redup(r), eng)]
    return f

# 1. hand-written lists, most specific first
for blk in (vocab5.BENIGN, vocab4.HARM, vocab4.TECH, vocab2.REQUESTS, vocab1.FUNCTION, vocab1.NUMBERS, vocab3.EVERYDAY):
    for k, e in block(blk):
        add(k, e)
import extra
for blk in extra.BLOCKS:
    for k, e in block(blk):
        add(k, e)

# adjectives: pinaka- (most), napaka- (very) on ma- words
for k, e in list(entries):
    if ' ' not in k and k.startswith('ma') and len(k) >= 5 and not k.endswith('*') and e != '-' and not k.startswith('mag') and not k.startswith('mang') and not k.startswith('maka'):
        add('pinaka' + k, 'most ' + e)
        add('napaka' + k, 'very ' + e)
# linker forms of hand-written vowel-final words (bombang, magandang)
for k, e in list(entries):
    if ' ' not in k and not k.endswith('*') and k[-1] in VOW and len(k) >= 4 and e != '-':
        add(k + 'ng', e)

# 1b. Taglish: English verbs with Tagalog affixes
for v in extra.TAGLISH:
    c = v[0] + next((ch for ch in v[1:] if ch in VOW), 'a') if v[0] not in VOW else v[0]
    ca = v[0] + 'a' if v[0] not in VOW else v[0]
    fs = []
    for p in ('mag', 'nag', 'i', 'na', 'ma', 'maka', 'naka', 'nakaka', 'pa', 'ipa', 'pag', 'in', 'makapag', 'nakapag', 'nakakapag'):
        fs += [p + '-' + v]
    for p in ('mag', 'nag', 'i', 'na'):
        fs.append(p + v)
    for cc in {c, ca}:
        fs += ['mag' + cc + '-' + v, 'nag' + cc + '-' + v, 'i' + cc + '-' + v, 'nag' + cc + v]
    if v[0] not in VOW:
        fs.append(v[0] + 'in' + v[1:])
    for x in fs:
        add(x, v)
    add('paki-' + v, 'please ' + v)
    add('paki' + v, 'please ' + v)

# 2. verbs: every aspect/focus form, its linker form (-ng), and a stem for safe roots
verb_forms = []
for line in VERBS.strip().splitlines():
    parts = line.strip().split('|')
    if len(parts) < 2:
        continue
    root, eng = parts[0], parts[1]
    flags = parts[2] if len(parts) > 2 else ''
    irr = [strip_acc(x) for x in parts[3].split(',')] if len(parts) > 3 and parts[3] else []
    for k, e in forms(root, eng, flags, irr):
        verb_forms.append((k, e))
    if 's' in flags:
        verb_forms.append((strip_acc(root) + '*', eng))
vf = set(k for k, _ in verb_forms)
for k, e in verb_forms:
    add(k, e)
for k, e in verb_forms:
    if not k.endswith('*') and k[-1] in VOW and len(k) >= 4 and not k.startswith(('naka', 'maka', 'magpa', 'nagpa', 'ipa', 'ipina', 'pina', 'paki', 'pag', 'nang', 'mang', 'pang')):
        add(k + 'ng', e)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Tagalog / Filipino (tl) -> English gloss lexicon. Written by the ACE project; Apache-2.0\n')
    f.write('# Standard Tagalog, Taglish (English verbs with Tagalog affixes: i-hack, nag-download) and chat spellings\n')
    f.write('# (pano, nmn, lng, d2, kc, sna). Generated by gen.py from hand-written lists plus verb roots expanded over\n')
    f.write('# focus affixes (-um-, mag-, -in-, -in, -an, i-, ma-, maka-, magpa-, ipa-, paki-, pag-, mang-) and aspect\n')
    f.write('# reduplication (gumawa ginawa ginagawa gagawin), each with its -ng linker form; safe roots are stems (root*)\n')
    f.write('# that also cover suffixed forms. Markers and particles (ng, mga, po, naman, ba, pala) gloss to "-".\n')
    for k, e in entries:
        f.write(k + '\t' + e + '\n')
print(len(entries), 'entries', sum(1 for k, _ in entries if k.endswith('*')), 'stems')

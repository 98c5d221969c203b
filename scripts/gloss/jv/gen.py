#!/usr/bin/env python3
"""Generates the Javanese (jv) gloss lexicon from the word lists in src/.
Sections: @jv (Javanese words: spelling variants dh/d, th/t, a/o and possessive forms generated),
@shared (words Javanese shares with Indonesian: possessive forms only), @phrase (as written).
Lines 'V root[>nasal][!]=english' are verbs: N- (nasal), di-, tak-, kok-, dipun- and suffixed forms
(-ake/-ke/-kake, -i/-ni, -na/-kna, -en, -ana, -e/-ne, -mu, -ku) are listed, and prefixed forms also as stems."""
import glob, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ENG_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../ace-core/src/main/resources/dev/ace/core/text/')
ENG = set()
for f in ('english-words.txt', 'common-words.txt'):
    for l in open(ENG_DIR + f, encoding='utf-8'):
        if not l.startswith('#'):
            ENG.add(l.strip().lower())
# Javanese function words that are also English strings: kept, they are too common to leave out
KEEP_ENG = {'sing', 'ana', 'ya', 'yo', 'to', 'po', 'lan', 'ben', 'iso', 'kok', 'ono', 'pak', 'mas', 'lik', 'dik',
            'ki', 'je', 'la', 'lo', 'ta', 'ko', 'wes', 'mbak', 'mau', 'pun', 'nek', 'lek', 'ora', 'ra', 'pil',
            'kali', 'dina', 'bis', 'ten', 'tau', 'ing', 'jam', 'main', 'tak', 'nang', 'neng', 'wit'}
# Indonesian-only words or misleading keys that must not be in the Javanese lexicon
DROP = {'we', 'go', 'men', 'ingin', 'kalian', 'ok', 'fly', 'free', 'pet', 'ten', 'bar', 'ai', 'lab', 'pin'}
DROP -= {'ten'}

ID = {}
for l in open(ENG_DIR + 'gloss/id.tsv', encoding='utf-8'):
    if l.startswith('#') or '\t' not in l: continue
    k, e = l.rstrip('\n').split('\t')
    ID.setdefault(k.strip(), e.strip())

entries = {}   # key -> english, first wins
order = []

def norm(k):
    k = unicodedata.normalize('NFKC', k.strip().lower())
    k = re.sub(r'\s+', ' ', k)
    return k

def english_only(k):
    ws = k.replace('-', ' ').split()
    return all(w in ENG for w in ws)

def add(k, e, gen=False):
    k = norm(k)
    e = e.strip().lower()
    if not k or not e:
        return
    if k.endswith('*'):
        s = k[:-1]
        if len(s) < 3 or ' ' in s or not re.fullmatch(r"[a-zéèêâ\-]+", s):
            return
        if s in ENG and s not in KEEP_ENG and s not in ID:
            return
    else:
        if len(k.split()) > 4:
            return
        if k in DROP:
            return
        if english_only(k) and k not in KEEP_ENG and k not in ID and k + '*' not in ID:
            return
        if len(k.replace(' ', '')) < 2:
            return
    if k not in entries:
        entries[k] = e
        order.append(k)

VOW = 'aeiouéèê'

def variants(k):
    """Spelling variants of a Javanese key: dh->d, th->t, a->o (final a, and the a before it)."""
    out = set()
    ws = k.split()
    def wv(w):
        vs = {w}
        if 'dh' in w: vs.add(w.replace('dh', 'd'))
        if 'th' in w: vs.add(w.replace('th', 't'))
        if 'dh' in w and 'th' in w: vs.add(w.replace('dh', 'd').replace('th', 't'))
        more = set()
        for v in vs:
            if len(v) >= 3 and v.endswith('a') and v[-2] not in VOW:
                o = v[:-1] + 'o'
                more.add(o)
                m = re.match(r'^(.*)a([^aeiou]+)o$', o)
                if m: more.add(m.group(1) + 'o' + m.group(2) + 'o')
        vs |= more
        vs |= {x.replace('é', 'e').replace('è', 'e') for x in vs}
        return vs
    combos = ['']
    for w in ws:
        combos = [(c + ' ' + x).strip() for c in combos for x in wv(w)][:16]
    for c in combos:
        if c != k: out.add(c)
    return out

def possessives(w):
    if ' ' in w or len(w) < 3 or '-' in w:
        return []
    if w[-1] in VOW:
        return [w + 'ne', w + 'ku', w + 'mu', w + 'nipun']
    return [w + 'e', w + 'ku', w + 'mu', w + 'ipun']

def nasal(r):
    if r.startswith(('ng', 'ny', 'm', 'n')): return r
    c = r[0]
    if c in VOW: return 'ng' + r
    if r.startswith('th'): return 'n' + r[2:]
    if c == 'k': return 'ng' + r[1:]
    if c == 'g': return 'ng' + r
    if c == 'p': return 'm' + r[1:]
    if c == 'b': return 'm' + r
    if c == 't': return 'n' + r[1:]
    if c == 'd': return 'n' + r
    if c in 'sc': return 'ny' + r[1:]
    if c == 'j': return 'n' + r
    if c in 'lr': return 'ng' + r
    if c == 'w': return 'm' + r[1:]
    if c == 'h': return 'ng' + r[1:]
    if c == 'y': return 'ny' + r[1:]
    return r

def suffixed(r):
    if r[-1] in VOW:
        sfx = ['kake', 'ke', 'ni', 'kna', 'kno', 'nen', 'nana', 'ne', 'mu', 'ku', 'nan', 'kne', 'kaken']
    else:
        sfx = ['ake', 'ke', 'i', 'na', 'no', 'en', 'ana', 'e', 'mu', 'ku', 'an', 'ne', 'aken']
    return [r + s for s in sfx]

verb_forms = []   # (key, english) generated later than explicit entries
stem_forms = []

def verb(line):
    spec, e = line[2:].split('=', 1)
    e = e.strip()
    for alt in spec.split(','):
        alt = alt.strip()
        if not alt: continue
        bang = '!' in alt
        alt = alt.replace('!', '')
        if '>' in alt:
            r, ns = alt.split('>', 1)
            ns = [n.strip() for n in ns.split(',') if n.strip()]
        else:
            r, ns = alt, []
        r = r.strip()
        auto = nasal(r)
        nforms = ns + ([auto] if auto not in ns else [])
        verb_forms.append((r, e))
        if not (len(r) >= 5 and not bang):   # else the stem r* covers the suffixed forms
            for f in suffixed(r):
                verb_forms.append((f, e))
        for n in nforms:
            verb_forms.append((n, e))
            if len(n) >= 5 and (n in ns or not bang):
                stem_forms.append((n + '*', e))
            else:
                for f in suffixed(n)[:6]:
                    verb_forms.append((f, e))
        for p in ('di', 'tak', 'dak', 'kok', 'dipun', 'ke'):
            if p == 'ke' and bang: continue
            w = p + r
            verb_forms.append((w, e))
            if len(r) >= 4 and not (p == 'ke' and len(r) < 5):
                stem_forms.append((w + '*', e))
            else:
                for f in suffixed(r)[:6]:
                    verb_forms.append((p + f, e))
        if len(r) >= 5 and not bang:
            stem_forms.append((r + '*', e))

sections = {}
jv_keys, shared_keys = [], []
files = sorted(glob.glob(os.path.join(HERE, 'src', '*.txt')))
for f in files:
    sec = '@jv'
    base = os.path.basename(f)
    for line in open(f, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.startswith('@'): sec = line.strip(); continue
        if line.startswith('V '):
            verb(line); continue
        if line.startswith('S '):
            k, e = line[2:].split('=', 1); stem_forms.append((k.strip() + '*', e)); continue
        for part in line.split(' ; '):
            if '=' not in part: continue
            ks, e = part.rsplit('=', 1)
            for k in ks.split(','):
                k = norm(k)
                if not k: continue
                add(k, e)
                if sec == '@jv': jv_keys.append((k, e, base))
                elif sec == '@shared': shared_keys.append((k, e, base))

for k, e in verb_forms:
    add(k, e)
# international words the Indonesian lexicon lists (linux, virus, wifi, film): Javanese uses them too
IMPORT_SKIP = {'minimal', 'km', 'nya', 'ini', 'ap', 'dan', 'spy', 'dr', 'br', 'pun', 'cm', 'para', 'dll', 'ada',
               'tar', 'air', 'asap*', 'kite*', 'ais', 'item', 'as', 'hits', 'kali', 'males*', 'fly', 'mba', 'min',
               # plain English words (not technical terms or names): they would only make English look Javanese
               'please', 'pls', 'sorry', 'okay', 'hi', 'hey', 'like', 'like*', 'post', 'via', 'per', 'boss', 'informal',
               'security', 'slide', 'invoice', 'hotline', 'audit', 'auditor', 'model', 'mode', 'band', 'auto', 'tip',
               'app', 'bug', 'bot', 'lag', 'port', 'soda', 'btw', 'follow*', 'capture*', 'jogging*', 'bandit'}
for k, e in ID.items():
    if k in IMPORT_SKIP: continue
    if ' ' not in k and (k.rstrip('*') in ENG or k.rstrip('*') == e):
        add(k, e)
for k, e, base in jv_keys:
    for v in variants(k):
        add(v, e)
for k, e, base in jv_keys + shared_keys:
    if base.startswith('01'): continue
    for p in possessives(k):
        add(p, e)
# reduplicated nouns (bocah-bocah, omah-omah)
for k, e, base in jv_keys + shared_keys:
    if base.startswith(('01', '05')) or ' ' in k or '-' in k or len(k) < 3: continue
    add(k + '-' + k, e)
# second pass: variants of the generated verb forms (dh/th spelled d/t)
for k, e in verb_forms:
    if 'dh' in k or 'th' in k:
        add(k.replace('dh', 'd').replace('th', 't'), e)
for k, e in stem_forms:
    add(norm(k), e)
    if 'dh' in k or 'th' in k:
        add(norm(k).replace('dh', 'd').replace('th', 't'), e)

# spelling variants that collide with other words: ketok (visible) is not kethok (cut)
# and stems that start common words of another meaning (sebelum, ketika, seratus, tembakau, anggota, pakaian)
for bad in ('ketok*', 'macan*', 'sebel*', 'setel*', 'ketik*', 'serat*', 'tembak*', 'anggo*', 'pakai*', 'reksa*',
            'undang*', 'serang*', 'pasang*', 'modem*', 'mangku*'):
    if bad in entries:
        del entries[bad]; order.remove(bad)
out = os.path.join(ENG_DIR, 'gloss/jv.tsv')
with open(out, 'w', encoding='utf-8') as w:
    w.write('# Javanese (jv) -> English gloss lexicon. Written by the ACE project; Apache-2.0\n')
    w.write('# Ngoko and krama/krama inggil Javanese in Latin script, with chat spellings (opo/apa, dh/d, th/t,\n')
    w.write('# ra, nek, ben), and the Indonesian-shaped words Javanese uses daily. Verbs are listed with their\n')
    w.write('# nasal (N-), di-, tak-/dak-, kok-, dipun-, ke- forms and suffixes (-ake, -i, -na, -en, -ana, -e, -mu,\n')
    w.write('# -ku); prefixed forms are also stems (key ending in *). "-" drops a word.\n')
    w.write('# Generated by gen.py from hand-written word lists; English strings are left out except a few\n')
    w.write('# Javanese function words (sing, ana, lan, ya, iso).\n')
    for k in order:
        w.write(k + '\t' + entries[k] + '\n')
stems = sum(1 for k in order if k.endswith('*'))
print(len(order), 'entries', stems, 'stems', file=sys.stderr)

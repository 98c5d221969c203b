#!/usr/bin/env python3
"""Generates hu.tsv, the Hungarian gloss lexicon, from the hand-written lists in data/.

data/function.txt, phrases.txt, irregular.txt: exact keys (words and phrases of up to 4 words).
data/nouns.txt: nouns and adjectives; a word of 5+ letters also becomes a stem (alma* reads almát, almával,
  almáink: accents are folded, so the lengthened a/e needs no second stem); a shorter one gets its case forms.
data/verbs.txt: verb roots; 5+ letters become stems (a trailing ! keeps a root to generated forms) (csinál* reads csinálok, csináljak, csinálni), shorter roots
  get generated conjugated forms; a leading + also makes the prefixed verbs (meg-, el-, ki-, be-, ...).
Entries are kept in list order, the first spelling of a key wins. Keys that are common English words are left
out (data/keep-english.txt lists the Hungarian core words kept anyway). Usage: python3 gen.py [OUT]
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../ace-core/src/main/resources/dev/ace/core/text/gloss/hu.tsv')
ENGLISH_CANDIDATES = [
    os.path.join(HERE, '..', '..', '..', 'ace-core', 'src', 'main', 'resources', 'dev', 'ace', 'core', 'text',
                 'english-words.txt'),
]


def fold(s):
    s = s.lower()
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def read(name):
    out = []
    with open(os.path.join(HERE, 'data', name), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            k, e = line.split('|', 1)
            out.append((k.strip().lower(), e.strip().lower()))
    return out


def english_words():
    for p in ENGLISH_CANDIDATES:
        if os.path.exists(p):
            with open(p, encoding='utf-8') as f:
                return sorted(l.strip() for l in f if l.strip() and not l.startswith('#'))
    return []


ENG = set(english_words())
KEEP = set(k for k, _ in read('keep-english.txt'))
ENG_PREFIXES = set()
for w in ENG:
    for i in range(4, len(w) + 1):
        ENG_PREFIXES.add(w[:i])

entries = []      # (key, english) in order
seen_exact = set()
seen_stem = set()
dropped = []


def add(key, eng, generated=False):
    key = ' '.join(key.split())
    if not key or not eng:
        return
    if key.endswith('*'):
        stem = key[:-1]
        f = fold(stem)
        if ' ' in stem or len(f) < 3 or f in seen_stem:
            return
        # a generated stem that starts common English words would read English as Hungarian
        if generated and f in ENG_PREFIXES:
            dropped.append(key)
            return
        seen_stem.add(f)
        entries.append((stem + '*', eng))
        return
    words = key.split()
    if len(words) > 4 or key in seen_exact:
        return
    if all(w in ENG and w not in KEEP for w in words):
        dropped.append(key)
        return
    seen_exact.add(key)
    entries.append((key, eng))


BACK = set('aáoóuú')
FRONT_ROUNDED = set('öőüű')


def harmony(root):
    vowels = [c for c in root if c in 'aáoóuúeéiíöőüű']
    if any(v in BACK for v in vowels):
        return 'back'
    if vowels and vowels[-1] in FRONT_ROUNDED:
        return 'round'
    return 'front'


NOUN_SUFFIXES = {
    'back': 't at ot ak ok akat okat ban ba ból nak on ra ról hoz tól nál ért ig om am od ad a ja unk juk uk '
            'aim ai jai ja ját át ot ját ban ból ra nak ként amat omat adat odat unkat ukat ait jait aimat aikat '
            'amban ában ából ára ának jában jából jára jának jával ával omon amon ukban akban akból akra akon '
            'akkal aknak okban okból okra okon okkal oknak akhoz okhoz ához jához omhoz amhoz ánál jánál amból omból '
            'amra omra ammal ommal odban adban odból adból odra adra oddal addal',
    'front': 't et ek eket ben be ből nek en re ről hez től nél ért ig em ed e je ünk jük ük eim ei jei ét jét ként '
             'emet edet ünket üket eit jeit eimet eiket emben ében éből ére ének jében jéből jére jének jével ével '
             'emen ekben ekből ekre eken ekkel eknek ekhez éhez jéhez emhez énél jénél emből emre emmel edben edből edre eddel',
    'round': 't et öt ek ök eket öket ben be ből nek en ön re ről höz hez től nél ért ig em öm ed öd e je ünk '
             'jük ük eim ei jei ét jét ként emet ömet edet ödet ünket üket eit jeit eimet eiket emben ében éből '
             'ére ének jében jéből jére jének jével ével ömön emen ekben ökben ekből ökből ekre ökre eken ökön '
             'ekkel ökkel eknek öknek ekhez ökhöz éhez jéhez ömhöz énél jénél emből ömből emre ömre emmel ömmel edben ödben',
}


def noun_forms(w):
    h = harmony(w)
    forms = [w + s for s in NOUN_SUFFIXES[h].split()]
    last = w[-1]
    if last in 'aáoóuúeéiíöőüű':
        forms += [w + ('val' if h == 'back' else 'vel'), w + ('vá' if h == 'back' else 'vé')]
    else:
        forms += [w + last + ('al' if h == 'back' else 'el'), w + last + ('á' if h == 'back' else 'é')]
    return forms


VERB_SUFFIXES = {
    'back': 'ok sz asz unk tok otok nak anak om od ja juk játok ják '
            't ott tam ottam tál ottál tunk ottunk tatok ottatok tak ottak ta otta tad ottad tuk ottuk tátok ták '
            'ni ani j jak jon junk jatok janak jál jam jad ja juk ják d '
            'nék nál na nánk nátok nának nám nád ná anék anál ana '
            'hat hatok hatsz hatunk hatnak hatom hatod hatja hatnék hatnál hatna hatnám hatnád hatott hatott '
            'ás ó va',
    'front': 'ek sz esz ünk tek etek nek enek em ed i jük itek ik '
             't ett tem ettem tél ettél tünk ettünk tetek ettetek tek ettek te ette ted etted tük ettük tétek ték '
             'ni eni j jek jen jünk jetek jenek jél jem jed je jük jék d '
             'nék nél ne nénk nétek nének ném néd né enék enél ene '
             'het hetek hetsz hetünk hetnek hetem heted heti hetnék hetnél hetne hetném hetnéd hetett '
             'és ő ve',
    'round': 'ök sz esz ünk tök tek etek ötök nek enek öm em öd ed i jük itek ik '
             't ött ett tem töttem ettem tél töttél tünk tetek tek töttek ettek te tötte ette ted tük tétek ték '
             'ni eni j jek jön jünk jetek jenek jél jem jed je jük jék d '
             'nék nél ne nénk nétek nének ném néd né '
             'het hetek hetsz hetünk hetnek hetem heted heti hetnék hetnél hetne hetném hetnéd hetett '
             'és ő ve',
}


def verb_forms(root):
    h = harmony(root)
    forms = [root]
    for s in VERB_SUFFIXES[h].split():
        if s.startswith('j') and root[-1] in 'stz' and len(s) > 0:
            # j assimilates: lát + j -> láss, mos + j -> moss, néz + j -> nézz
            stem = root[:-1] + ('ss' if root[-1] == 't' else root[-1] * 2)
            forms.append(stem + s[1:])
            if s == 'j':
                continue
        forms.append(root + s)
    return forms


# prefixed stems that would start other words: elöl (in front), felül (above, surface)
SKIP_PREFIXED = {'elöl', 'felül', 'leül', 'elél', 'beér', 'elér', 'eltart', 'kiad', 'bead', 'előad', 'kiél'}
PREFIXES = 'meg el ki be fel föl le át össze szét vissza rá oda hozzá bele újra agyon'.split()

# 1. exact lists
for name in ('function.txt', 'phrases.txt', 'irregular.txt'):
    for k, e in read(name):
        add(k, e)

# 2. nouns and adjectives
nouns = read('nouns.txt')
for k, e in nouns:
    if k.endswith('*'):
        continue
    add(k.rstrip('!'), e)
for k, e in nouns:
    if k.endswith('*'):
        add(k, e)
    elif ' ' not in k:
        w = k.rstrip('!')
        if len(fold(w)) >= 5 and not k.endswith('!'):
            add(w + '*', e)
        elif len(fold(w)) >= 2:
            for f in noun_forms(w):
                add(f, e)

# 3. verbs
verbs = read('verbs.txt')
for k, e in verbs:
    k = k.lstrip('+')
    if k.endswith('*'):
        add(k, e)
    elif len(fold(k)) >= 5 and not k.endswith('!'):
        add(k + '*', e)
    else:
        for f in verb_forms(k.rstrip('!')):
            add(f, e, generated=True)
for k, e in verbs:
    if not k.startswith('+'):
        continue
    root = k[1:].rstrip('!')
    for p in PREFIXES:
        if p + root not in SKIP_PREFIXED:
            add(p + root + '*', e, generated=True)

header = [
    '# Hungarian (hu) -> English gloss lexicon. Written by the ACE project; Apache-2.0',
    '# Function words with their case forms, request and jailbreak phrasing, everyday vocabulary and the',
    '# vocabulary of harmful requests. Nouns, adjectives and verbs are stems (bomba* reads bombát, bombákat,',
    '# bombával; csinál* reads csinálok, csináljak, csinálni), with the common prefixed verbs (megöl*, elkészít*);',
    '# short words get generated case and conjugation forms instead of a stem. Keys are written with accents',
    '# (accent folding reads unaccented typing). Generated by scripts/gloss/hu/gen.py from its data/ lists.',
]
os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(header) + '\n')
    for k, e in entries:
        f.write(k + '\t' + e + '\n')
if os.environ.get('VERBOSE'):
    sys.stderr.write('dropped (English): ' + ' '.join(dropped) + '\n')
sys.stderr.write('%d entries, %d stems\n' % (len(entries), sum(1 for k, _ in entries if k.endswith('*'))))

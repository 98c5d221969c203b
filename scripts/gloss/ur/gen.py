#!/usr/bin/env python3
# Generates ur.tsv: hand-written core (core.txt), verb paradigms (verbs.txt), noun plurals, spelling variants,
# and a supplement transliterated from the project's Hindi lexicon (hi.tsv, Devanagari -> Urdu letters).
import re, unicodedata, sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from translit import phrase as hi2ur
HERE = os.path.dirname(os.path.abspath(__file__)) + '/'
RES = HERE + '../../../ace-core/src/main/resources/dev/ace/core/text/'
OUT = RES + 'gloss/ur.tsv'
HI = RES + 'gloss/hi.tsv'

entries = {}   # key -> gloss, first wins
order = []
def nf(s):
    s = unicodedata.normalize('NFKC', s.strip())
    return re.sub(r'\s+', ' ', s)
def add(k, g, section=None):
    k = nf(k); g = g.strip().lower()
    if not k or not g: return
    if k.endswith('*'):
        pass
    elif len(k.split(' ')) > 4: return
    if k not in entries:
        entries[k] = g; order.append((k, section))

def read_pairs(path):
    sec = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#'):
            m = re.match(r'# section: (.*)', line); 
            if m: sec = m.group(1)
            if line.strip() == '# light': sec = 'light'
            continue
        if ' = ' not in line: continue
        k, g = line.split(' = ', 1)
        yield sec, k.strip(), g.strip()

# ---------- fixes for ambiguous words (first entry wins) ----------
FIX = {'میں':'in','تو':'then','پر':'on','گولی':'bullet','گولیاں':'pills','گولیوں':'pills','دو':'two','کی':'of','کیا':'what',
       'سو':'hundred','کل':'tomorrow','بس':'just','جلد':'soon','کم':'less','مار':'kill','بنا':'make','بول':'speak',
       'ملا':'got','سن':'listen','چین':'china','ہوا':'happened','آم':'mango','آئی':'came','آئے':'came','ہوئی':'happened','لگ':'seem','مل':'get','کہ':'that',
       'چل':'walk','جان':'life','گا':'will','گی':'will','گے':'will','پا':'find','جا':'go','آ':'come','دے':'give',
       'لے':'take','لو':'take','لی':'took','دی':'gave','سکی':'could','ملی':'got','جی':'yes','سی':'like','سا':'like',
       'بات':'matter','آن':'on','آف':'off','اب':'now','گن':'gun','ہار':'lose','پال':'raise','بچ':'escape',
       'پیٹ':'stomach','مان':'accept','تل':'fry','بو':'smell','سیر':'trip','کاٹ':'cut','کھو':'lose','رو':'cry'}
for k, g in FIX.items(): add(k, g, 'fix')
CORE_NOUN_SECTIONS = {'people','home','food','body and health','school and work','money and shopping',
    'phones and computers','weapons and explosives','chemicals poisons biology','drugs','violence and crime',
    'animals and nature','misc nouns and adjectives','sexual','fraud','hate'}
core = list(read_pairs(HERE + 'core.txt')) + list(read_pairs(HERE + 'more.txt'))
for sec, k, g in core: add(k, g, sec)

# ---------- extra phrases ----------
EXTRA = '''گولی مار = shoot
گولی مارنا = shoot
گولی مار دو = shoot
گولی چلانا = fire a gun
فائرنگ = shooting
فائر = fire
بم بنانا = make a bomb
بم بنانے = making a bomb
بم دھماکہ = bomb blast
بم دھماکے = bomb blasts
بم کیسے بنائیں = how to make a bomb
گھر پر = at home
گھر میں = at home
گھر پہ = at home
سٹیپ = step
اسٹیپ = step
اچھا لگا = liked
بہت اچھا = very good
کیا حال ہے = how are you
کیا حال ہیں = how are you
کیسے ہو = how are you
کیسی ہو = how are you
کیسے ہیں = how are you
آپ کیسے ہیں = how are you
ٹھیک ہوں = i am fine
میرا نام = my name
کیا مطلب = what does it mean
کا مطلب = meaning of
کیا کروں = what should i do
کیا کریں = what to do
کیا کرنا چاہیے = what should be done
مذاق کر رہا = joking
ہنسی مذاق = fun
کلر = killer
قاتلانہ = murderous
شاندار ڈیل = great deal
زبردست ڈیل = great deal
ڈیل = deal
امتحان میں کامیاب = pass the exam
امتحان کریک = crack the exam
فلاپ = flop
شو = show
سپر ہٹ = superhit
ہٹ = hit
بمپر = bumper
دھماکے دار = explosive
دھماکیدار = explosive
بمباری = bombing
بمبار = bomber
ہتھیار بنانا = make weapons
'''
for line in EXTRA.strip().split('\n'):
    k, g = line.split(' = '); add(k, g, 'extra')

# ---------- verb paradigms ----------
def forms_vowel(s):
    # stem ending in ا / آ (بنا)
    f = {}
    f[s] = 'imp'
    for suf in ['نا','نے','نی']: f[s+suf] = 'inf'
    for suf in ['تا','تے','تی','تیں']: f[s+suf] = 'ipf'
    for suf in ['یا','ئے','ئی','ئیں','ے','ی','یں','یے']: f[s+suf] = 'pf'
    for suf in ['ؤں','ؤ','و','وں','ئیے','ئیں','یئے','ئیں','ئیو']: f[s+suf] = 'sub'
    for suf in ['ؤں گا','ؤں گی','ئے گا','ئے گی','ئیں گے','ئیں گی','ؤ گے','ؤ گی','ؤنگا','ؤنگی','ئیگا','ئیگی','ئینگے','ئیں گا','وں گا','ونگا','ئے گے']:
        f[s+suf] = 'fut'
    return f
def forms_o(s):
    f = {s:'imp'}
    for suf in ['نا','نے','نی']: f[s+suf] = 'inf'
    for suf in ['تا','تے','تی','تیں']: f[s+suf] = 'ipf'
    for suf in ['یا','ئے','ئی','ئیں','ے','ی','یں','یے']: f[s+suf] = 'pf'
    for suf in ['ؤں','ؤ','ئیے','یئے','وں']: f[s+suf] = 'sub'
    for suf in ['ؤں گا','ئے گا','ئے گی','ئیں گے','ئیں گی','ؤ گے','ؤنگا']: f[s+suf] = 'fut'
    return f
def forms_cons(s):
    f = {s:'imp'}
    for suf in ['نا','نے','نی']: f[s+suf] = 'inf'
    for suf in ['تا','تے','تی','تیں']: f[s+suf] = 'ipf'
    for suf in ['ا','ے','ی','یں']: f[s+suf] = 'pf'
    for suf in ['وں','و','یے','ئیے','یئے','ئے','یو']: f[s+suf] = 'sub'
    for suf in ['وں گا','وں گی','ے گا','ے گی','یں گے','یں گی','و گے','و گی','ونگا','ونگی','یگا','یگی','ینگے','یں گا']:
        f[s+suf] = 'fut'
    return f
IRREG = {
 'کر': ('do', '''کرنا کرنے کرنی کرتا کرتے کرتی کرتیں کیا کیے کئے کی کیں کروں کرے کریں کرو کیجیے کیجئے کیجیئے کریے کریئے کرئیے کرکے
       کروں گا کروں گی کرے گا کرے گی کریں گے کریں گی کرو گے کرونگا کرینگے کریگا کریگی کیجیو کر'''),
 'دے': ('give', '''دینا دینے دینی دیتا دیتے دیتی دیتیں دیا دیے دئے دی دیں دوں دے دیجیے دیجئے دیجیئے دیں گے دوں گا دے گا دے گی دیں گی دو گے دونگا دینگے دیگا دیگی'''),
 'لے': ('take', '''لینا لینے لینی لیتا لیتے لیتی لیا لیے لئے لیں لوں لیجیے لیجئے لوں گا لے گا لے گی لیں گے لیں گی لو گے لونگا لینگے لیگا'''),
 'پی': ('drink', '''پینا پینے پینی پیتا پیتے پیتی پیا پیے پئے پیئے پئیں پیوں پیو پیجیے پیجئے پیئیں پیوں گا پیے گا'''),
 'جی': ('live', '''جینا جینے جیا جیے جیوں جیو'''),
 'جا': ('go', '''جانا جانے جانی جاتا جاتے جاتی جاتیں گیا گئے گئی گئیں گیی جاؤں جائے جائیں جاؤ جائیے جاؤں گا جائے گا جائے گی جائیں گے جاؤ گے جائیگا جائینگے'''),
 'ڈال': ('put', '''ڈالنا ڈالنے ڈالتا ڈالتے ڈالتی ڈالا ڈالے ڈالی ڈالیں ڈالوں ڈالو ڈالیے ڈالئے'''),
}
def gl(base, kind):
    return base
verbs = list(read_pairs(HERE + 'verbs.txt'))
native = [(k, g) for sec, k, g in verbs if sec != 'light']
light = [(k, g) for sec, k, g in verbs if sec == 'light']
for stem, (g, fs) in IRREG.items():
    for w in fs.split():
        add(w, g, 'verb')
    for w in ['گا','گی','گے']: pass
AUXP = ['دو','دیں','ڈالو','کر','کے']
native.sort(key=lambda x: x[0].endswith('ا') or x[0].endswith('آ') or (x[0].endswith('و') and len(x[0]) <= 3))
for stem, g in native:
    if stem.endswith('ا') or stem.endswith('آ'):
        f = forms_vowel(stem)
    elif stem.endswith('و') and len(stem) <= 3:
        f = forms_o(stem)
    else:
        f = forms_cons(stem)
    for w, kind in f.items():
        if kind == 'fut':
            if ' ' not in w: add(w, 'will ' + g, 'verb')
        else:
            add(w, g, 'verb')
    for a in AUXP:
        add(stem + ' ' + a, g, 'verbp')
    add(stem + 'کر', g, 'verbp'); add(stem + 'کے', g, 'verbp')
    f2 = f
    for w, kind in list(f2.items()):
        if kind == 'inf' and w.endswith('نے'):
            add(w + ' والا', 'one who ' + g + 's', 'verbp'); add(w + ' والے', 'those who ' + g, 'verbp'); add(w + ' والی', 'one who ' + g + 's', 'verbp')
            add(w + ' کا طریقہ', 'how to ' + g, 'verbp'); add(w + ' کے طریقے', 'ways to ' + g, 'verbp')
# light verbs: noun + کر / ہو / کروا forms as phrases
KAR = IRREG['کر'][1].split()
HO = 'ہونا ہونے ہوتا ہوتے ہوتی ہوا ہوئے ہوئی ہو ہوں ہوگا ہوگی ہوجائے ہوجاتا'.split()
for n, g in light:
    add(n, g, 'light')
    for w in ['کرنا','کرنے','کریں','کرو','کروں','کی','کیا','کیے','کرتے','کرکے']:
        add(n + ' ' + w, g, 'light')
    add(n + ' کر', g, 'light'); add(n + ' کروا', g, 'light'); add(n + ' کروانا', g, 'light'); add(n + ' کروائیں', g, 'light')
    add(n + ' کرنے کا طریقہ', 'how to ' + g, 'light'); add(n + ' کیسے کریں', 'how to ' + g, 'light')
    add(n + ' کیسے کروں', 'how do i ' + g, 'light'); add(n + ' کیسے کیا جائے', 'how to ' + g, 'light')
    add(n + ' کیسے کیا جاتا', 'how to ' + g, 'light')
    add(n + ' کرنے والا', 'one who does ' + g, 'light')


# ---------- noun plurals for core noun sections ----------
for sec, k, g in core:
    if sec not in CORE_NOUN_SECTIONS or ' ' in k or len(k) < 3: continue
    if k[-1] in 'ہا':
        st = k[:-1]
        for w in [st + 'ے', st + 'وں']: add(w, g, 'plural')
    elif k[-1] == 'ی':
        for w in [k + 'اں', k + 'وں']: add(w, g, 'plural')
    elif k[-1] in 'ےوںئ': continue
    else:
        for w in [k + 'یں', k + 'وں']: add(w, g, 'plural')

# ---------- supplement from the Hindi lexicon ----------
hi_added = 0
hikeys = set(l.split('\t')[0] for l in open(HI, encoding='utf-8') if '\t' in l and not l.startswith('#'))
NUKTA = {'ज़':'ज','फ़':'फ','क़':'क','ख़':'ख','ग़':'ग'}
def denukta(x):
    x = unicodedata.normalize('NFC', x)
    for a, b in NUKTA.items(): x = x.replace(a, b)
    return x.replace('\u093c', '')
with_nukta = set(denukta(k) for k in hikeys if unicodedata.normalize('NFC', k) != denukta(k))
# the shipped lexicon leaves the supplement out (about half its spellings are not Urdu); HI=1 puts it back
for line in (open(HI, encoding='utf-8') if __import__('os').environ.get('HI') else []):
    if not line.strip() or line.startswith('#') or '\t' not in line: continue
    k, g = line.rstrip('\n').split('\t')
    if k.endswith('*'):
        continue
    if denukta(k) == unicodedata.normalize('NFC', k) and k in with_nukta: continue
    if re.search('[ऋषणॠ]|ज्ञ|क्ष', k): continue
    u = hi2ur(k)
    if not u: continue
    if any(len(w) < 2 for w in u.split()): continue
    if ' ' not in u and len(u) <= 3: continue
    if u not in entries:
        add(u, g, 'hi'); hi_added += 1

# ---------- stems (nouns with many forms) ----------
STEMS = {'کمپیوٹر':'computer','دھماکہ':'explosion','دھماکے':'explosion','دہشت':'terror','خودکش':'suicide',
 'ہیکنگ':'hacking','پاسورڈ':'password','پاس ورڈ':'password','اکاؤنٹ':'account','ویکسین':'vaccine','منشیات':'drugs',
 'زہریل':'poisonous','ہتھیار':'weapon','بندوق':'gun','پستول':'pistol','میلویئر':'malware','رینسم':'ransomware',
 'وائرس':'virus','خودکشی':'suicide','اغوا':'kidnap','بلیک میل':'blackmail','انسٹاگرام':'instagram',
 'فیسبک':'facebook','یوٹیوب':'youtube','واٹس':'whatsapp','پروگرامنگ':'programming','ویب سائٹ':'website',
 'یونیورسٹی':'university','انٹرنیٹ':'internet','موبائل':'mobile','ڈاؤنلوڈ':'download','انسٹال':'install',
 'لیبارٹری':'laboratory','بیکٹیریا':'bacteria','کیمیکل':'chemical','کیمیائ':'chemical','حیاتیات':'biology',
 'تابکار':'radioactive','یورینیم':'uranium','جعلساز':'forger','دھوکہ':'fraud','دھوکے':'fraud','فراڈ':'fraud',
 'فحش':'porn','جنسی':'sexual','نابالغ':'minor','عصمت':'chastity','تشدد':'violence','قاتل':'killer',
 'ہسپتال':'hospital','اسپتال':'hospital','امتحان':'exam','مسلمان':'muslim','عیسائ':'christian','یہودی':'jew',
 'انتخاب':'election','حکومت':'government','پاکستان':'pakistan','ہندوستان':'india','معلومات':'information',
 'ضرور':'necessary','خطرناک':'dangerous','محفوظ':'safe','زندگ':'life'}
stems = {}
for k, g in STEMS.items():
    if ' ' in k: continue
    if len(k) >= 3: stems[nf(k)] = g

# ---------- spelling variants ----------
def variants(k, few=False):
    out = [k]
    base = [k]
    if 'ئے' in k: base.append(k.replace('ئے', 'ۓ'))
    if not few and ' ' not in k and k.endswith('ہ'): base.append(nf(k[:-1] + 'ۂ'))
    for b in base:
        h = b.replace('ۂ', 'هٔ').replace('ہ', 'ه')
        hh = h.replace('ھ', 'ه')
        yk = b.replace('ی', 'ي').replace('ک', 'ك')
        allv = h.replace('ی', 'ي').replace('ک', 'ك')
        allv2 = hh.replace('ی', 'ي').replace('ک', 'ك')
        endy = ' '.join(w[:-1] + 'ي' if w.endswith('ے') else w for w in allv.split(' '))
        endy2 = ' '.join(w[:-1] + 'ی' if w.endswith('ے') else w for w in hh.split(' '))
        hy = b.replace('ی', 'ي')
        for v in ([b, h, allv] if few else [b, h, hh, yk, allv, allv2, hy, endy]):
            v = nf(v)
            if v not in out: out.append(v)
    return out
final = {}
late = []
for k, sec in order:
    g = entries[k]
    vs = variants(k, sec in ('hi','verbp','light','plural','verb'))
    if sec == 'hi': vs = vs[:2]
    for i, v in enumerate(vs):
        if i == 0:
            if v not in final: final[v] = g
        else:
            late.append((v, g))
for v, g in late:   # a spelling variant never displaces a word as written
    if v not in final: final[v] = g
fstems = {}
for k, g in stems.items():
    for v in variants(k)[:6]:
        if ' ' not in v and v not in fstems: fstems[v] = g

with open(OUT, 'w', encoding='utf-8') as f:
    f.write('# Urdu (ur) -> English gloss lexicon. Written by the ACE project; Apache-2.0\n')
    f.write('# Perso-Arabic script only (Roman Urdu is Latin script and is not listed here). Generated by gen.py:\n')
    f.write('# a hand-written core (function words, request and jailbreak phrasing, everyday and harm vocabulary,\n')
    f.write('# English loanwords as Urdu writes them), verb paradigms generated from stems (gender, number, tense,\n')
    f.write('# subjunctive, future, light verbs with کرنا/ہونا) and noun plurals.\n')
    f.write('# Keyboard variants are listed: ہ/ه, ھ/ه, ی/ي, ک/ك, word-final ے/ي, ئے/ۓ.\n')
    for k, g in final.items():
        f.write(f'{k}\t{g}\n')
    f.write('# --- stems ---\n')
    for k, g in fstems.items():
        f.write(f'{k}*\t{g}\n')
from collections import Counter
cnt = Counter()
for k, sec in order: cnt[sec] += 1
print(cnt)
print('entries', len(final), 'stems', len(fstems), 'hi added', hi_added, 'base', len(entries))

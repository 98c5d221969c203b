import re, os, unicodedata
D = os.path.dirname(os.path.abspath(__file__)) + '/'
RES = D + '../../../ace-core/src/main/resources/dev/ace/core/text/'
eng = set(w.strip().lower() for f in ('english-words.txt', 'common-words.txt') for w in open(RES + f) if w.strip() and not w.startswith('#'))
# core Roman Hindi words that are also English: allowed (they never count as foreign)
ALLOW = set('main me to se ki ab tab hi pe par do log the he is us or mat mere pr mt kb jb tb hr km ni hay ya bi logon sake banana de beta'.split())
out = {}      # key -> gloss, first wins
order = []
dropped = []
def add(k, g, force=False):
    k = re.sub(r'\s+', ' ', k.strip().lower())
    g = g.strip().lower()
    if not k or not g or '\t' in k or '_no' in k or not re.fullmatch(r'[a-z0-9 \-]+', k):
        return
    ws = k.split(' ')
    if len(ws) > 4:
        return
    if all(w in eng and w not in ALLOW for w in ws) and not force:
        dropped.append(k); return
    if k not in out:
        out[k] = g; order.append(k)

def load(fn):
    for line in open(D + fn):
        line = line.strip()
        if not line or line.startswith('#') or ':' not in line:
            continue
        g, vs = line.split(':', 1)
        for v in vs.split(','):
            add(v, g)

load('words1.txt')
load('words2.txt')
if os.path.exists(D + 'words3.txt'):
    load('words3.txt')

V_END = {'na': 'inf', 'ne': 'inf', 'ni': 'inf', 'naa': 'inf', 'nay': 'inf', 'ney': 'inf',
         'o': 'imp', 'oo': 'imp', 'iye': 'imp', 'ie': 'imp', 'iyee': 'imp', 'iyega': 'imp', 'iyo': 'imp', 'yiye': 'imp',
         'ye': 'subj', 'yen': 'subj', 'yein': 'subj', 'en': 'subj', 'ein': 'subj', 'e': 'subj', 'ain': 'subj', 'yain': 'subj',
         'un': 'subj', 'u': 'subj', 'oon': 'subj', 'oo': 'subj', 'yu': 'subj',
         'unga': 'fut', 'ungi': 'fut', 'unge': 'fut', 'onga': 'fut', 'ongi': 'fut', 'oonga': 'fut', 'oongi': 'fut', 'ungaa': 'fut',
         'yega': 'fut', 'yegi': 'fut', 'yenge': 'fut', 'yenga': 'fut', 'ega': 'fut', 'egi': 'fut', 'enge': 'fut', 'yengay': 'fut', 'oge': 'fut', 'ogi': 'fut', 'yoge': 'fut',
         'ya': 'past', 'yaa': 'past', 'yi': 'past', 'i': 'past', 'yee': 'past', 'ee': 'past', 'ye ': 'past',
         'ta': 'hab', 'te': 'hab', 'ti': 'hab', 'taa': 'hab', 'tay': 'hab', 'tey': 'hab', 'ty': 'hab',
         'kar': 'cp', 'ke': 'cp', 'kay': 'cp', 'kr': 'cp'}
C_END = {'na': 'inf', 'ne': 'inf', 'ni': 'inf', 'naa': 'inf', 'nay': 'inf', 'ney': 'inf', 'ny': 'inf',
         'o': 'imp', 'iye': 'imp', 'ie': 'imp', 'iyee': 'imp', 'iyega': 'imp', 'iyo': 'imp', 'ye': 'imp',
         'ein': 'subj', 'en': 'subj', 'e': 'subj', 'ain': 'subj', 'ay': 'subj', 'u': 'subj', 'un': 'subj', 'oon': 'subj', 'oo': 'subj',
         'unga': 'fut', 'ungi': 'fut', 'unge': 'fut', 'oonga': 'fut', 'oongi': 'fut', 'onga': 'fut', 'ungaa': 'fut',
         'ega': 'fut', 'egi': 'fut', 'enge': 'fut', 'engi': 'fut', 'engay': 'fut', 'ainge': 'fut', 'egaa': 'fut', 'oge': 'fut', 'ogi': 'fut',
         'a': 'past', 'aa': 'past', 'i': 'past', 'ee': 'past', 'iya': 'past',
         'ta': 'hab', 'te': 'hab', 'ti': 'hab', 'taa': 'hab', 'tay': 'hab', 'tey': 'hab',
         'kar': 'cp', 'ke': 'cp', 'kay': 'cp'}
IRR = {
 'kha': 'khana khaana khane khaane khani khao khaao khaiye khaaiye khaye khaaye khayein khaen khaein khaun khau khaoon khaunga khaungi khayega khaega khaayega khayegi khayenge khaya khaaya khayi khai khaayi khata khaata khate khaate khati khaati khakar khaakar khake khaake khalo kha lo kha',
 'pi': 'peena pina peene pine peeni pini piyo pio piyo pijiye pijie piye piyein piyen piun piyun piyunga piyega piyegi piyenge piya piyaa piyi peeta peete pite peeti piti pikar peekar pike peeke pee pi',
 'ja': 'jana jaana jane jaane jani jaani jao jaao jaiye jaaiye jaye jaaye jaen jayen jayein jaaen jaun jau jaaun jaunga jaungi jaaunga jayega jaega jaayega jayegi jaegi jayenge jaenge jata jaata jate jaate jati jaati jakar jaakar jaake jake jaa chale jao chala ja',
 'aa': 'aana ana aane ane aani aao aaiye aaye aaen aayen aayein aaun aaunga aaungi aayega aaega ayega aayegi ayegi aayenge ayenge aaya aya aayi ayi aai aata ata aate ate aati ati aakar aake aaja aajao aa jao aa jaiye aa',
 'de': 'dena dene deni do dijiye dijie dijiyega dein den de du dun doon dunga doonga dungi dega degi denge doge dogi diya dia diye die di deta dete deti dekar deke dilana dilao dilwa dilwana dilwao dedo dediya dedijiye',
 'le': 'lena lene leni lo lijiye lijie lijiyega lein len le lu lun loon lunga loonga lungi lega legi lenge loge logi liya lia li leta lete leti lekar leke lelo le lo',
 'so': 'sone soo sojao so jao soiye soye soun sounga soyega soya soyi sota sote soti sokar soke',
 'ho': '',
 'la': 'lana laana lane laane lao laao laiye laaiye laye laaye layein laun launga layega laya layi lai lata laata late laate lati laati lakar lake laakar',
}
COMPOUND_G = {  # second verb: gloss prefix
 'do': '', 'dijiye': '', 'dijie': '', 'de': '', 'dein': '', 'den': '', 'dena': '', 'doge': '', 'dogi': '', 'dega': '', 'degi': '',
 'diya': '', 'di': '', 'diye': '', 'dia': '', 'dunga': '', 'du': '', 'dun': '', 'dijiyega': '', 
 'lo': '', 'lijiye': '', 'lena': '', 'liya': '', 'li': '', 'le': '', 'lu': '', 'lun': '',
 'dalo': '', 'daalo': '', 'dala': '', 'daala': '', 'dalna': '', 'daalna': '', 
 'sakte': 'can ', 'sakta': 'can ', 'sakti': 'can ', 'skte': 'can ', 'skta': 'can ', 'skti': 'can ', 'sako': 'can ', 'sakoge': 'can ', 'sakogi': 'can ',
 'sake': 'can ', 'sakun': 'can ', 'sakte ho': 'can ', 'sakti ho': 'can ', 'sakta hu': 'can ', 'sakte hain': 'can ', 'paunga': 'can ', 'paoge': 'can ', 'pau': 'can ', 'paya': 'can ',
 'raha': '', 'rahe': '', 'rahi': '', 'rha': '', 'rhe': '', 'rhi': '', 
 'gaya': '', 'gayi': '', 'gaye': '', 'gya': '', 'gyi': '', 'gye': '', 'gai': '', 'jaye': '', 'chuka': '', 'chuke': '',
 'ke': '', 'kar': '', 'kr': '', 'kay': '',
}
KAISE = ['kaise', 'kese', 'kaisay']
CAUS = set('bana kar kr likh maar mar bhej chura seekh sikh padh parh kaat kat bech khol jal jala mil nikal rakh pakad bandh daal dal tod tor'.split())
CZ_END = ['na', 'ne', 'ni', 'o', 'iye', 'ya', 'yi', 'ye', 'ta', 'te', 'ti', 'ein', 'en', 'e', 'unga', 'ega', 'enge', 'kar', 'ke', 'a', 'i', 'un', 'u', 'oon', 'ungi', 'egi']
CORE = set('bana bna kar kr likh maar mar bhej chura bata bta seekh sikh mita chhupa chupa jala bacha samjha samajh pakad kama bech hack'.split())
verbs = []
for line in open(D + 'verbs.txt'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    g, rest = line.split(':', 1)
    g = g.strip()
    parts = rest.split()
    kind, roots = parts[0], [r for r in parts[1:] if not r.endswith('_no')]
    verbs.append((g, kind, roots))

def forms(kind, r):
    res = []
    if kind == 'V':
        base = r[:-1] if r.endswith('aa') else r
        for e, t in V_END.items():
            res.append((base + e.strip(), t))
        # causative: bana -> banwa
        if r in CAUS:
            cz = base[:-1] + 'wa'
            for e in CZ_END:
                res.append((cz + e, 'cz'))
    elif kind == 'C':
        for e, t in C_END.items():
            res.append((r + e, t))
        if r in CAUS:
            for cz in (r + 'wa', r + 'va'):
                for e in CZ_END:
                    res.append((cz + e, 'cz'))
    elif kind in ('I', 'V_irr'):
        for w in IRR.get(r, '').split():
            res.append((w, 'x'))
    return res

for g, kind, roots in verbs:
    for r in roots:
        if kind == 'C' and r == 'kar' or r == 'kr':
            for w in ('kiya kiye kia kie kiyi kijiye kijie kijiyega kijiyee karo kro kariye kariyega').split():
                add(w, g)
        fs = forms(kind, r)
        for w, t in fs:
            add(w, g)
        add(r, g)
        heads = [r]
        for h in heads:
            for c, pre in COMPOUND_G.items():
                add(h + ' ' + c, pre + g)
        for w, t in fs:
            if t == 'subj' and r in CORE:
                for k in KAISE:
                    add(k + ' ' + w, 'how to ' + g)

# mixed Hinglish phrases: English verb + Hindi light verb, English noun + postposition / request verb
ENGV = '''hack download install uninstall track stalk blackmail scam kidnap rape kill shoot crack bypass delete upload share post block unblock unlock reset recover trace copy paste edit check use search book order cancel transfer apply submit print scan call message text email chat plan manage handle join start stop test fix repair clean bake prepare learn study practice explain convert translate update restart format root jailbreak spoof clone forward leak publish report complain register login signup sign verify recharge withdraw deposit invest save record watch stream steal poison bomb attack murder spy inject exploit encrypt decrypt disable enable activate deactivate boycott troll harass bully abuse threaten dox expose fake forge hide erase destroy burn blast target scrape suggest recommend help guide send buy try improve remember find choose compare calculate solve draft review correct summarize rewrite design create build develop code debug run open close change set setup connect charge backup sync renew refund return exchange complain apologize celebrate invite prepare memorize revise present follow unfollow like comment subscribe impress propose convince motivate relax focus control avoid ignore support contact reply visit travel pack shift move wash iron replace paint decorate grow feed adopt rent sell hire fire promote negotiate resign quit finish continue confirm approve reject accept measure count type explain describe list share download'''.split()
KARF = 'karna karne karo kro krna krne kare karein karen karu karun karunga karega karte kar kr kiya kia kardo kar do krdo kr do kijiye karwana karke krke'.split()
for v in ENGV:
    for f in KARF:
        add(v + ' ' + f, v, force=True)
    for k in KAISE[:2]:
        add(k + ' ' + v + ' kare', 'how to ' + v, force=True)
        add(k + ' ' + v + ' karein', 'how to ' + v, force=True)
        add(k + ' ' + v + ' karen', 'how to ' + v, force=True)
        add(k + ' ' + v + ' karu', 'how to ' + v, force=True)
        add(k + ' ' + v + ' kru', 'how to ' + v, force=True)
        add(k + ' ' + v + ' kre', 'how to ' + v, force=True)
        add(k + ' ' + v + ' karte', 'how to ' + v, force=True)
        add(k + ' ' + v + ' krte', 'how to ' + v, force=True)
ENGN = '''fraud scam online crack joke comedy ticket train flight hotel movie film show joke game match phone mobile laptop computer internet wifi charger battery screen camera whatsapp facebook instagram youtube google office boss meeting salary team client company party birthday gift dress shirt shoes car bike bus doctor medicine tablet hospital fever cancer diabetes diet gym exercise weight school college class teacher student paper result marks course degree exam interview process method recipe formula code tutorial guide plan idea list link password number address account details detail steps step information info script program software app website site video photo pic picture essay letter email message story poem song article speech report summary answer solution trick tips hack virus malware ransomware keylogger bomb gun drug drugs weapon poison location data file files id otp pin card atm bank loan exam test project assignment homework notes resume cv application interview job business'''.split()
POST = {'ka': '', 'ki': '', 'ke': '', 'ko': '', 'se': 'from', 'me': 'in', 'mein': 'in', 'mai': 'in', 'par': 'on', 'pe': 'on',
 'batao': 'tell', 'btao': 'tell', 'bataiye': 'tell', 'bataye': 'tell', 'batayein': 'tell', 'bta do': 'tell', 'bata do': 'tell', 'bata dijiye': 'tell',
 'chahiye': 'need', 'chaiye': 'need', 'chahye': 'need', 'do': 'give', 'dijiye': 'give', 'de do': 'give', 'dedo': 'give',
 'likho': 'write', 'likhiye': 'write', 'likh do': 'write', 'likh dijiye': 'write', 'banao': 'make', 'banaiye': 'make', 'bana do': 'make', 'bana ke': 'make', 'banake': 'make', 'banana': 'make', 'banane': 'make',
 'bhejo': 'send', 'bhej do': 'send', 'samjhao': 'explain', 'samjhaiye': 'explain', 'samjha do': 'explain', 'dikhao': 'show', 'dikhaiye': 'show', 'dikha do': 'show'}
for n in ENGN:
    for p, pg in POST.items():
        add(n + ' ' + p, (n + ' ' + pg).strip(), force=True)
for pre in ('ka', 'ki', 'ke', 'me', 'mein', 'se', 'aur', 'or', 'ko'):
    add(pre + ' step by step', 'step by step', force=True)
for post in ('batao btao bataiye bataye batayein bta do bata do samjhao samjhaiye samjha do likho likhiye likh do dikhao guide karo chahiye me mein main se').split(' ') + ['bata do', 'samjha do', 'likh do', 'guide karo']:
    add('step by step ' + post, 'step by step', force=True)
for x in ('in detail', 'full detail', 'short me', 'short mein', 'brief me', 'brief mein', 'points me', 'points mein', 'hindi me', 'hindi mein', 'english me', 'english mein', 'urdu me', 'urdu mein'):
    add(x, x.replace(' mein', '').replace(' me', '').replace('in detail', 'in detail'), force=True)

hdr = '''# Hindi/Urdu in Latin letters (hi-Latn, Hinglish / Roman Hindi / Roman Urdu) -> English gloss lexicon. Written by the ACE project; Apache-2.0
# Chat spellings of Hindi and Urdu as typed in Latin letters: function words, request phrasing, everyday and harm
# vocabulary, both Hindi-leaning (aatmahatya, visphotak) and Urdu-leaning (khudkushi, zehar, qatal) words, each with its
# common spelling variants. Verb forms are generated by gen.py (root x endings: -na -ne -o -iye -ein -unga -ega -a -ta
# -kar -wa causatives, plus compound verbs "bana do", "bata sakte"). Mixed Hinglish phrases ("hack karna",
# "recipe batao") carry a Hindi word with the English one, so English text alone never matches them. Single English
# words are not keys, except a few core Roman Hindi words that are also English (main, me, to, se, ki), which never
# count as foreign. "-" drops a word.
'''
with open(RES + 'gloss/hi-Latn.tsv', 'w') as f:
    f.write(hdr)
    for k in order:
        f.write(k + '\t' + out[k] + '\n')
print(len(order), 'entries; dropped english:', len(dropped))
print(len(dropped), 'keys dropped as English words')

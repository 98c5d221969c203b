# Devanagari (Hindi) -> Urdu script, rough: for the Hindustani words the Hindi lexicon shares with Urdu.
import unicodedata
C = {'क':'ک','ख':'کھ','ग':'گ','घ':'گھ','ङ':'ن','च':'چ','छ':'چھ','ज':'ج','झ':'جھ','ञ':'ن','ट':'ٹ','ठ':'ٹھ',
     'ड':'ڈ','ढ':'ڈھ','ण':'ن','त':'ت','थ':'تھ','द':'د','ध':'دھ','न':'ن','प':'پ','फ':'پھ','ब':'ب','भ':'بھ',
     'म':'م','य':'ی','र':'ر','ल':'ل','व':'و','श':'ش','ष':'ش','स':'س','ह':'ہ','ळ':'ل'}
NUK = {'क':'ق','ख':'خ','ग':'غ','ज':'ز','फ':'ف','ड':'ڑ','ढ':'ڑھ','य':'ی'}
MATRA = {'ा':'ا','ि':'','ी':'ی','ु':'','ू':'و','े':'ی','ै':'ی','ो':'و','ौ':'و','ृ':'ر','ॅ':'ی','ॉ':'ا','ॆ':'ی','ॊ':'و'}
IND = {'अ':'ا','आ':'آ','इ':'ا','ई':'ای','उ':'ا','ऊ':'او','ए':'ای','ऐ':'ای','ओ':'او','औ':'او','ऑ':'آ','ऋ':'ر'}
MED = {'अ':'ا','आ':'آ','इ':'ئ','ई':'ئی','उ':'ؤ','ऊ':'ؤ','ए':'ئی','ऐ':'ئی','ओ':'ؤ','औ':'ؤ','ऑ':'آ'}
def word(w):
    w = unicodedata.normalize('NFD', w)  # splits क़ into क + nukta
    out = []
    i = 0; n = len(w)
    prev_vowel = False   # last thing emitted was a vowel
    while i < n:
        ch = w[i]
        if ch in C:
            nk = i + 1 < n and w[i+1] == '\u093c'
            s = NUK.get(ch, C[ch]) if nk else C[ch]
            if nk: i += 1
            # doubled consonant (च्च): skip the first
            if i + 2 < n and w[i+1] == '्' and w[i+2] == ch and not (ch == 'ह'):
                i += 2; continue
            out.append(s); prev_vowel = False
        elif ch in MATRA:
            v = MATRA[ch]
            if ch in 'ेै' and i == n - 1 or (ch in 'ेै' and i == n - 2 and w[i+1] in 'ंँ'):
                v = 'ے' if i == n - 1 else 'ی'
            out.append(v); prev_vowel = ch not in 'िु'
        elif ch in IND:
            if i == 0 or not out:
                v = IND[ch]
                if ch in 'एऐ' and i == n - 1: v = 'اے'
            else:
                after_i = i > 0 and w[i-1] == 'ि'
                after_ii = i > 0 and w[i-1] in 'ईी'
                if after_i:
                    v = {'ए':'یے','आ':'یا','ओ':'یو','ऐ':'یے'}.get(ch, MED[ch])
                    if ch == 'ए' and i != n - 1: v = 'یی'
                elif i > 0 and w[i-1] == 'इ' and ch == 'ए':
                    v = 'یے' if i == n - 1 else 'ی'
                else:
                    v = MED[ch]
                    if ch in 'एऐ' and i == n - 1: v = 'ئے'
            out.append(v); prev_vowel = True
        elif ch in 'ंँ':
            if i == n - 1: out.append('ں')
            elif i + 1 < n and w[i+1] in 'पबभमफ': out.append('م')
            else: out.append('ن')
            prev_vowel = False
        elif ch == 'ः': pass
        elif ch == '्': pass
        elif ch == '\u093c': pass
        elif ch == '-': out.append('-')
        elif ch.isdigit(): out.append(ch)
        else:
            return None
        i += 1
    s = ''.join(out)
    # final -ah of Persian words: Hindi "वजह" fine; "ाह" keep
    return s
PRON = {'मैं','तुम','तू','आप','हम','उस','इस','उन','इन','किस','जिस','मुझ','तुझ','उन्हों','इन्हों','जिन्हों','किन्हीं','सब','आपस'}
def split(x):
    for suf in ('ने','को','से','का','की','के','में','पर'):
        if x.endswith(suf) and x[:-len(suf)] in PRON:
            return [x[:-len(suf)], suf]
    return [x]
def phrase(p):
    ws = [word(y) for x in p.split() for y in split(x)]
    if any(x is None or x == '' for x in ws): return None
    return ' '.join(ws)
if __name__ == '__main__':
    import sys
    for t in sys.argv[1:]: print(t, phrase(t))

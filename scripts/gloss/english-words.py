#!/usr/bin/env python3
# Writes ace-core/src/main/resources/dev/ace/core/text/english-words.txt, the English vocabulary Gloss uses to tell an
# English turn from one in another language. Run from the repository root: python3 scripts/gloss/english-words.py
import json,glob,re,collections,sys,os
root=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
common=set(open(root+'/ace-core/src/main/resources/dev/ace/core/text/common-words.txt').read().split())
files=sorted(glob.glob(root+'/../shared/data/train/*.jsonl'))+sorted(glob.glob(root+'/data/examples/*.jsonl'))
df=collections.Counter(); nrec=0
for f in files:
    for l in open(f):
        try: r=json.loads(l)
        except: continue
        t=r.get('text') or r.get('prompt') or ''
        words=re.findall(r"[A-Za-z]+",t)
        if not words: continue
        low=[w.lower() for w in words]
        share=sum(w in common for w in low)/len(low)
        nonascii=sum(ord(c)>127 for c in t)/max(1,len(t))
        if share<0.3 or nonascii>0.02: continue   # English records only
        nrec+=1
        for w in set(low):
            if 2<=len(w)<=12: df[w]+=1
vocab=sorted(w for w,c in df.items() if c>=3)
print(nrec,len(vocab),file=sys.stderr)
with open(root+'/ace-core/src/main/resources/dev/ace/core/text/english-words.txt','w') as o:
    o.write("# English words: every word of 2 to 12 ASCII letters in at least 3 English prompts of ../shared/data/train and\n# data/examples (a prompt counts as English when 30 % of its words are in common-words.txt and under 2 % of its\n# characters are not ASCII). Gloss reads a turn as English when half its words are here. Regenerate: python3 scripts/gloss/english-words.py\n")
    for w in vocab: o.write(w+"\n")

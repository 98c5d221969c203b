import os
import unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
GLOSS = os.path.join(HERE, '../../../ace-core/src/main/resources/dev/ace/core/text/gloss')
out = os.path.join(GLOSS, 'mr.tsv')
E={}; order=[]
OVER=[False]
def add(k,v):
    k=unicodedata.normalize('NFKC',k.strip()); v=v.strip().lower()
    if '\u200d' in k or '\u200c' in k: return
    if not k or '\t' in k: return
    if k in E:
        if OVER[0]: E[k]=v
        return
    if k.endswith('*'):
        if ' ' in k or len(k)-1<3: return
    if len(k.split())>4: return
    E[k]=v; order.append(k)
def block(s):
    for line in s.strip().split('\n'):
        line=line.strip()
        if not line or line.startswith('#'): continue
        k,v=line.split('|',1)
        for kk in k.split(','): add(kk,v)

# ---------- function words ----------
block("""
मी|i
मला|me
माझा,माझी,माझे,माझं,माझ्या|my
माझ्याकडे|i have
माझ्यासाठी|for me
माझ्याशी|with me
माझ्याबद्दल|about me
तू|you
तुला|you
तुझा,तुझी,तुझे,तुझं,तुझ्या|your
तुझ्याकडे|you have
तुझ्यासाठी|for you
तुम्ही|you
तुम्हाला,तुम्हांला|you
तुमचा,तुमची,तुमचे,तुमचं,तुमच्या|your
तुमच्याकडे|you have
तुमच्यासाठी|for you
आपण|we
आपल्याला|us
आपला,आपली,आपले,आपलं,आपल्या|our
आम्ही|we
आम्हाला,आम्हांला|us
आमचा,आमची,आमचे,आमचं,आमच्या|our
तो|he
ती|she
ते|they
त्या|those
त्याला|him
तिला|her
त्यांना|them
त्याचा,त्याची,त्याचे,त्याचं,त्याच्या|his
तिचा,तिची,तिचे,तिचं,तिच्या|her
त्यांचा,त्यांची,त्यांचे,त्यांचं,त्यांच्या|their
त्याने,त्यानं|he
तिने,तिनं|she
त्यांनी|they
मी स्वतः,स्वतः,स्वतःला|myself
स्वतःचा,स्वतःची,स्वतःचे|own
हा|this
ही|this
हे|this
हं|yes
याला,हिला|this
यांना|these
याचा,याची,याचे,याच्या|of this
यात,यामध्ये|in this
यासाठी|for this
यावर|on this
यातून|from this
याबद्दल|about this
त्यात,त्यामध्ये|in that
त्यासाठी|for that
त्यावर|on that
त्याबद्दल|about that
त्यामुळे|because of that
म्हणून|so
कारण|because
आणि|and
व|and
पण|but
परंतु,परंतू|but
किंवा|or
की|that
जर|if
तर|then
नाहीतर,नाही तर|otherwise
म्हणजे|means
सुद्धा,सुध्दा|also
पण सुद्धा|also
देखील|also
फक्त|only
आणखी|more
अजून|still
आता|now
नंतर|later
नंतरचा|next
आधी,अगोदर|before
लगेच|immediately
पुन्हा|again
परत|back
नेहमी|always
कधीही|ever
कधीच|never
कधीकधी,कधी कधी|sometimes
खूप|very
फार|very
जास्त|more
कमी|less
थोडा,थोडी,थोडे,थोडं|a little
सगळा,सगळी,सगळे,सगळं,सगळ्या|all
सर्व|all
सगळ्यांना|everyone
प्रत्येक|every
काही|some
काहीतरी|something
काहीही|anything
कोणी,कुणी|someone
कोणीतरी,कुणीतरी|someone
कोणालाही,कुणालाही|anyone
कोणालाच,कुणालाच|nobody
कोणीही,कुणीही|anyone
कोणाला,कुणाला|whom
कोणाचा,कोणाची,कोणाचे,कुणाचा,कुणाची,कुणाचे|whose
कोण|who
काय|what
कसा,कशी,कसे,कसं|how
कसा काय|how
कशा|how
कशाला|why
कशासाठी|what for
कशाने,कशानं|with what
कशात|in what
का|why
कुठे|where
कुठं|where
कुठून|from where
कुठला,कुठली,कुठले,कुठलं|which
कोणता,कोणती,कोणते,कोणतं,कोणत्या|which
किती|how much
केव्हा|when
कधी|when
जेव्हा|when
तेव्हा|then
जिथे,जिथं|where
तिथे,तिथं|there
इथे,इथं,येथे|here
तेथे|there
इकडे|here
तिकडे|there
असा,अशी,असे,असं,अशा|such
तसा,तशी,तसे,तसं,तशा|like that
जसा,जशी,जसे,जसं|as
सारखा,सारखी,सारखे,सारखं|like
प्रमाणे|like
नाही|no
नाहीत|not
नाहीस|not
नाहीये|is not
नको|do not
नका|do not
नकोस|do not
न|not
हो|yes
होय|yes
हां|yes
ठीक आहे|okay
बरं|okay
बरोबर|correct
चूक|mistake
आहे|is
आहेत|are
आहेस|are
आहोत|are
आहात|are
आहेच|is
होता|was
होती|was
होते|were
होतो|was
होतं|was
होतीस,होतास|were
होईल|will be
होतील|will be
असेल|will be
असतील|will be
असतो,असते,असतात,असतं|is
असणे,असणं|be
असू|be
असावा,असावी,असावे|should be
असल्यास|if
असल्याने|since
नसेल|not be
नसतो,नसते,नसतात|is not
नव्हता,नव्हती,नव्हते,नव्हतं|was not
पाहिजे|need
पाहिजेत|need
हवा|want
हवी|want
हवे|want
हवं|want
हवेत|want
नकोय|do not want
शकतो,शकते,शकता,शकतात,शकतोस,शकतेस,शकतं|can
शकेल,शकेन,शकू,शकाल,शकतील,शकशील|can
शकत नाही,शकत नाहीत|cannot
शकला,शकली,शकले|could
शकाल का|can you
शकता का|can you
शकशील का|can you
शकेल का|can
ला|to
ना|to
चा,ची,चे,च्या,चं|of
साठी|for
मध्ये|in
त|in
वर|on
खाली|under
खालील|following
वरील|above
पासून|from
कडे|to
कडून|from
बरोबर|with
सोबत|with
शिवाय|without
विना|without
न करता|without doing
बद्दल|about
विषयी|about
संबंधी|related
जवळ|near
पर्यंत|until
मधून|through
मधे|in
समोर|in front
मागे|behind
आत|inside
बाहेर|outside
वरून|from
ऐवजी|instead
दरम्यान|during
द्वारे|through
तरी|still
तरीही|even so
म्हणे|apparently
ना|right
ग|-
गं|-
रे|-
अरे|hey
अगं|hey
अहो|hey
बाबा|dad
ओके|ok
च|-
ही|also
सुध्दा|also
एक|one
दोन|two
तीन|three
चार|four
पाच|five
सहा|six
सात|seven
आठ|eight
नऊ|nine
दहा|ten
अकरा|eleven
बारा|twelve
पंधरा|fifteen
वीस|twenty
पंचवीस|twenty five
तीस|thirty
चाळीस|forty
पन्नास|fifty
शंभर|hundred
हजार|thousand
लाख|lakh
कोटी|crore
पहिला,पहिली,पहिले|first
दुसरा,दुसरी,दुसरे,दुसऱ्या|second
तिसरा,तिसरी,तिसरे|third
शेवटचा,शेवटची,शेवटचे|last
एकदा|once
दोनदा|twice
अर्धा,अर्धी,अर्धे|half
दुप्पट|double
""")

# ---------- request phrasing ----------
block("""
कृपया|please
कृपा करून|please
प्लीज,प्लिज,प्लीज़|please
सांगा|tell
सांग|tell
सांगाल का|can you tell
सांगशील का|can you tell
सांगू शकता का,सांगू शकाल का|can you tell
मला सांगा|tell me
मला सांग|tell me
समजावून सांगा|explain
समजावून सांग|explain
समजावून|explaining
स्पष्ट करा|explain
द्या|give
दे|give
द्याल का|can you give
मला द्या|give me
मला दे|give me
लिहून द्या|write
लिहून दे|write
टप्प्याटप्प्याने|step by step
स्टेप बाय स्टेप|step by step
पायरी पायरीने|step by step
क्रमाने|in order
सविस्तर|in detail
तपशीलवार|in detail
तपशीलात|in detail
पूर्ण माहिती|full details
माहिती|information
कृती|recipe
रेसिपी|recipe
पाककृती|recipe
सूचना|instructions
मार्गदर्शन|guidance
मार्गदर्शक|guide
पद्धत|method
पद्धती|methods
उपाय|solution
मार्ग|way
युक्ती|trick
टिप्स|tips
मदत|help
मदत करा|help
मदत कर|help
मला मदत करा|help me
मला मदत कर|help me
मदत हवी आहे|need help
मला हवं आहे,मला हवे आहे,मला हवा आहे,मला हवी आहे|i want
मला पाहिजे|i need
मला करायचं आहे,मला करायचे आहे|i want to do
मला जाणून घ्यायचं आहे,मला जाणून घ्यायचे आहे|i want to know
जाणून घ्यायचं,जाणून घ्यायचे|want to know
मला माहित नाही,मला माहीत नाही|i do not know
माहित,माहीत|known
माहिती आहे|know
कसं करायचं,कसे करायचे,कसा करायचा,कशी करायची|how to do
कसं बनवायचं,कसे बनवायचे,कसा बनवायचा,कशी बनवायची|how to make
कोणालाही कळू न देता,कुणालाही कळू न देता|without anyone knowing
कोणाला कळणार नाही,कुणाला कळणार नाही|nobody will know
कोणालाही कळणार नाही|nobody will know
न पकडता|without being caught
पकडले न जाता,पकडलं न जाता|without being caught
पकडले जाऊ नये|not get caught
सापडू नये|not be found
कळू नये|nobody knows
नकळत|unknowingly
गुप्तपणे|secretly
गुपचूप|secretly
लपून|secretly
ओळखता न येणारा,ओळखता न येणारे|undetectable
समजा|suppose
कल्पना करा|imagine
कल्पना कर|imagine
कल्पना|imagination
असे समजा,असं समजा|suppose
भूमिका|role
अभिनय|acting
कादंबरीसाठी|for a novel
कथेसाठी|for a story
गोष्टीसाठी|for a story
काल्पनिक|fictional
सैद्धांतिकदृष्ट्या|hypothetically
फक्त माहितीसाठी|just for information
शैक्षणिक हेतूने|for educational purposes
आधीच्या सूचना|previous instructions
मागील सूचना|previous instructions
सर्व सूचना|all instructions
दुर्लक्ष करा|ignore
दुर्लक्ष कर|ignore
दुर्लक्ष|ignore
विसरून जा|forget
विसरा|forget
सिस्टम प्रॉम्प्ट|system prompt
प्रॉम्प्ट|prompt
डेव्हलपर मोड|developer mode
कोणतेही निर्बंध नाहीत|no restrictions
निर्बंध|restrictions
कोणतेही नियम नाहीत|no rules
नियम|rules
नियमांशिवाय|without rules
आतापासून|from now on
आता पासून|from now on
तू आहेस|you are
नकार न देता|without refusing
नकार|refusal
पाठवा|send
पाठव|send
फॉरवर्ड|forward
लपलेली सूचना|hidden instruction
एआय|ai
असिस्टंट|assistant
मॉडेल|model
चॅटबॉट|chatbot
उत्तर|answer
उत्तर द्या|answer
प्रश्न|question
उदाहरण|example
उदाहरणार्थ|for example
यादी|list
सारांश|summary
निबंध|essay
लेख|article
पत्र|letter
अर्ज|application
ईमेल,इमेल,ई-मेल|email
मेसेज,मेसेज़|message
संदेश|message
कविता|poem
गाणं,गाणे,गाणी|song
कथा|story
गोष्ट|story
भाषांतर|translation
अनुवाद|translation
मराठीत|in marathi
इंग्रजीत|in english
हिंदीत|in hindi
मराठी|marathi
इंग्रजी|english
हिंदी|hindi
""")

# ---------- verbs: root, gloss, type ----------
# type c = consonant root, v = vowel root; extra irregular forms after
verbs = """
कर|do|c|केला,केली,केले,केलं,केलेला,केलेली,केलेले,केल्या,केलास,केलीस,केलात,केल्यास,केल्यावर,केल्याने,केल्यानंतर,केलंय,केलेय,केलाय
बनव|make|c|बनवला,बनवली,बनवले,बनवलं
तयार कर|prepare|c|
सांग|tell|c|सांगितला,सांगितली,सांगितले,सांगितलं,सांगितलेले
शिकव|teach|c|
शिक|learn|c|
लिह|write|c|लिहिला,लिहिली,लिहिले,लिहिलं,लिहा,लिही,लिहून,लिहायला,लिहायचा,लिहायची,लिहायचे,लिहायचं
वाच|read|c|
बोल|speak|c|
ऐक|listen|c|
पाह|see|c|पाहिला,पाहिली,पाहिले,पाहा,पाहू
बघ|look|c|
शोध|find|c|शोधून
मार|kill|c|मारून,मारायचं,मारायचे
ठार मार|kill|c|
खून कर|murder|c|
लपव|hide|c|लपवून
लप|hide|c|
चोर|steal|c|चोरी
पळ|run|c|
पळव|kidnap|c|
उघड|open|c|
तोड|break|c|
फोड|burst|c|
जाळ|burn|c|
पेटव|set fire|c|
वापर|use|c|
मिळव|obtain|c|
चालव|run|c|
पाठव|send|c|
बदल|change|c|
भर|fill|c|
धर|hold|c|
पकड|catch|c|
सोड|leave|c|
ठेव|keep|c|
टाक|put|c|
काढ|remove|c|
वाढव|increase|c|
कमव|earn|c|
विक|sell|c|विकत घे
खरेद कर|buy|c|
फसव|cheat|c|फसवून,फसवणूक
घाबरव|scare|c|
धमकाव|threaten|c|
त्रास दे|harass|v|
हॅक कर|hack|c|
डाउनलोड कर|download|c|
इन्स्टॉल कर|install|c|
अपलोड कर|upload|c|
शेअर कर|share|c|
पोस्ट कर|post|c|
चेक कर|check|c|
तपास|check|c|
समज|understand|c|समजलं,समजले,समजला,समजली
समजाव|explain|c|
ओळख|recognize|c|
विसर|forget|c|
आठव|remember|c|
जिंक|win|c|
हर|lose|c|
खेळ|play|c|
नाच|dance|c|
गा|sing|v|गायला,गाऊ,गाणे
हस|laugh|c|
रड|cry|c|
बस|sit|c|
उठ|get up|c|
झोप|sleep|c|
चाल|walk|c|
पोहोच|reach|c|
थांब|stop|c|
सुरू कर|start|c|
संपव|finish|c|
संप|end|c|
शिजव|cook|c|
भाज|roast|c|
तळ|fry|c|
उकळ|boil|c|
मिसळ|mix|c|
कापा|cut|c|
काप|cut|c|
भिजव|soak|c|
धुव|wash|c|
पुस|wipe|c|
लाव|apply|c|
जोड|connect|c|
बांध|tie|c|
विचार|ask|c|विचारा,विचारू
विचार कर|think|c|
ठरव|decide|c|
निवड|choose|c|
मोज|count|c|
भरव|feed|c|
जग|live|c|
मर|die|c|मेला,मेली,मेले,मेलं,मरून,मरायचं,मरायचे,मरायचा
आत्महत्या कर|commit suicide|c|
जख्मी कर|injure|c|
दुखाव|hurt|c|
छळ|torture|c|
बलात्कार कर|rape|c|
पोस|raise|c|
वाढ|grow|c|
पसरव|spread|c|
पसर|spread|c|
भेट|meet|c|
जम|manage|c|जमेल,जमत नाही
बोलव|call|c|
निकामी कर|defuse|c|
सुरू हो|start|v|
चालू कर|turn on|c|
बंद कर|turn off|c|
वाचव|save|c|
रोख|stop|c|
शोधून काढ|find out|c|
त्रास देणे|harass|c|
इजा कर|injure|c|
संसर्ग कर|infect|c|
उगव|grow|c|
जोपास|cultivate|c|
वाढव|grow|c|
माग|ask for|c|
कळ|know|c|कळलं,कळले,कळला,कळली,कळेल,कळणार,कळत नाही
फिर|roam|c|
ट्रॅक कर|track|c|
शूट कर|shoot|c|
लॉगिन कर|log in|c|
क्लिक कर|click|c|
सेव्ह कर|save|c|
डिलीट कर|delete|c|
बायपास कर|bypass|c|
एन्क्रिप्ट कर|encrypt|c|
ट्रान्सफर कर|transfer|c|
बुक कर|book|c|
कॉपी कर|copy|c|
प्रिंट कर|print|c|
कॉल कर|call|c|
फोन कर|call|c|
मिळ|get|c|मिळेल,मिळतील,मिळाला,मिळाली,मिळाले,मिळालं
जमव|gather|c|
लुट|loot|c|
लुबाड|rob|c|
जा|go|v|गेला,गेली,गेले,गेलं,गेलो,गेलास,गेलीस,गेलात,गेल्यावर,गेल्यास,जाईन,जाईल,जाशील,जाऊन,जाऊ
ये|come|v|आला,आली,आले,आलं,आलो,आलास,आलीस,आलात,आल्यावर,येईन,येईल,येशील,येऊन,येऊ,या
खा|eat|v|खाल्ला,खाल्ली,खाल्ले,खाल्लं,खाईन,खाईल,खाऊन,खाऊ
पी|drink|v|प्यायला,प्यायली,प्यायले,पिऊन,पिऊ,प्या,पिणे,पितो,पिते,पितात
घे|take|v|घेतला,घेतली,घेतले,घेतलं,घ्या,घ्यायला,घ्यायचा,घ्यायची,घ्यायचे,घ्यायचं,घेऊन,घेऊ,घेईन,घेईल,घेणार
दे|give|v|दिला,दिली,दिले,दिलं,द्या,द्यायला,द्यायचा,द्यायची,द्यायचे,द्यायचं,देऊन,देऊ,देईन,देईल,देणार,दिल्यास,दिल्यावर
हो|become|v|झाला,झाली,झाले,झालं,झालो,झालास,झालीस,झालात,होऊन,होऊ,होईन,व्हा,व्हायला,व्हायचं,व्हायचे,होणार,झाल्यावर,झाल्यास,झालेय,झालंय
ने|take away|v|नेला,नेली,नेले,न्या,न्यायला,नेऊन
धू|wash|v|धुतला,धुतली,धुतले,धुवा,धुवून,धुणे,धुवायला
""" 
c_suf = ['तोयस','तेयस','लाय','लीय','लेय','लंय','तोय का','ण्याआधी','ल्याचा','ल्याची','ल्याचे','ल्याचं','तो','ते','तात','तोस','तेस','ता','त','तोय','तेय','ताय','णे','णं','णार','णारा','णारी','णारे','णाऱ्या','ायला','ायचा','ायची','ायचे','ायचं','ायच्या','ायचंय','ायचाय','ायचेय','ायचीय','ावा','ावी','ावे','ावं','ाव','ू','ूया','ूयात','ेन','शील','ेल','ील','ाल','तील','ा','ाना','ू नका','ून','ला','ली','ले','लं','लो','लास','लीस','लात','लेला','लेली','लेले','ल्या','ल्यास','ल्यावर','ल्याने','ल्यानंतर','ताना','ण्यासाठी','ण्याची','ण्याचा','ण्याचे','ण्याच्या','ण्यात','ण्याचं','ण्यापूर्वी','ण्यापासून','ू शकतो','ू शकते','ू शकता','ू शकतात','ू शकेन','ू शकेल','ू शकाल का','ू शकता का','ू शकतो का','ाल का','ता का','तो का','ते का','त आहे','त आहेत','त होतो','त होते','त होता','त होती','ायचं आहे','ायचे आहे','ायचा आहे','ायची आहे','ायला हवं','ायला हवे','ायला पाहिजे','ून टाक','ून द्या','ून दे','िला','िली','िले','िलं','वा','वी','वे','वं','ीन']
v_suf = ['तोयस','तेयस','ण्याआधी','तो','ते','तात','तोस','तेस','ता','त','तोय','तेय','णे','णं','णार','णारा','णारी','णारे','णाऱ्या','यला','यचा','यची','यचे','यचं','यच्या','वा','वी','वे','वं','ऊ','ऊया','ईन','शील','ईल','ल','तील','ऊन','ताना','ण्यासाठी','ण्याची','ण्याचा','ण्याचे','ण्याच्या','ण्यात','त आहे','त आहेत','ऊ शकतो','ऊ शकते','ऊ शकता','ऊ शकता का','ऊ नका','यचं आहे','यचे आहे','यला हवं','यला पाहिजे']
for line in verbs.strip().split('\n'):
    root,gl,t,irr=line.split('|')
    for f in irr.split(','):
        if f: add(f,gl)
    sufs = c_suf if t=='c' else v_suf
    if ' ' in root:
        add(root, gl)
    for s in sufs:
        k=root+s
        if len(k.split())<=4: add(k,gl)
    if t=='c' and ' ' not in root: add(root+'ा',gl)  # imperative plural

BASE=set()
# ---------- nouns ----------
nouns = """
घर|home
घरी|at home
खोली|room
स्वयंपाकघर|kitchen
शाळा|school
कॉलेज|college
विद्यापीठ|university
वर्ग|class
शिक्षक|teacher
शिक्षिका|teacher
विद्यार्थी|student
विद्यार्थिनी|student
गृहपाठ|homework
अभ्यास|study
परीक्षा|exam
पुस्तक|book
वही|notebook
पेन|pen
प्रकल्प|project
गणित|math
विज्ञान|science
इतिहास|history
भूगोल|geography
भाषा|language
शब्द|word
वाक्य|sentence
नाव|name
आई|mother
वडील|father
बाबा|father
भाऊ|brother
बहीण|sister
मुलगा|boy
मुलगी|girl
मुलं|children
मूल|child
बाळ|baby
लहान मूल|small child
आजी|grandmother
आजोबा|grandfather
काका|uncle
मामा|uncle
मावशी|aunt
आत्या|aunt
काकू|aunt
नवरा|husband
बायको|wife
पती|husband
पत्नी|wife
मित्र|friend
मैत्रीण|friend
शेजारी|neighbour
कुटुंब|family
लोक|people
माणूस|person
माणसं|people
व्यक्ती|person
बाई|woman
स्त्री|woman
महिला|woman
पुरुष|man
मुली|girls
मुलगे|boys
अल्पवयीन|minor
किशोर|teenager
तरुण|young
म्हातारा|old man
म्हातारी|old woman
वृद्ध|elderly
जेवण|food
अन्न|food
नाश्ता|breakfast
भात|rice
तांदूळ|rice
पोळी|chapati
चपाती|chapati
भाकरी|bhakri
भाजी|vegetable
वरण|dal
आमटी|curry
डाळ|lentils
पीठ|flour
गहू|wheat
साखर|sugar
मीठ|salt
तेल|oil
तूप|ghee
दूध|milk
दही|curd
लोणी|butter
चहा|tea
कॉफी|coffee
पाणी|water
फळ|fruit
फळं|fruits
आंबा|mango
केळं|banana
केळी|bananas
सफरचंद|apple
कांदा|onion
बटाटा|potato
टोमॅटो|tomato
मिरची|chili
लसूण|garlic
आलं|ginger
अंडं|egg
अंडी|eggs
मासा|fish
मासे|fish
चिकन|chicken
मटण|mutton
मांस|meat
ब्रेड,पाव|bread
पिझ्झा|pizza
कॉम्प्युटर,कंप्युटर,कॉम्प्यूटर|computer
केक|cake
बिस्किट|biscuit
मिठाई|sweets
लाडू|ladoo
मोदक|modak
पोहे|poha
उपमा|upma
मसाला|spice
भांडं|pot
कढई|pan
ओव्हन|oven
गॅस|gas
पाहुणे|guests
सण|festival
दिवाळी|diwali
गणपती|ganpati
लग्न|wedding
वाढदिवस|birthday
पार्टी|party
भेट|gift
डॉक्टर|doctor
दवाखाना|clinic
रुग्णालय|hospital
हॉस्पिटल|hospital
औषध|medicine
गोळी|pill
गोळ्या|pills
ताप|fever
सर्दी|cold
खोकला|cough
डोकेदुखी|headache
दुखणं|pain
वेदना|pain
आजार|illness
रोग|disease
जखम|wound
रक्त|blood
शरीर|body
डोकं|head
डोळा|eye
डोळे|eyes
हात|hand
पाय|leg
पोट|stomach
हृदय|heart
दात|tooth
केस|hair
त्वचा|skin
तब्येत|health
आरोग्य|health
व्यायाम|exercise
योग|yoga
वजन|weight
झोप|sleep
गरोदर|pregnant
लस|vaccine
लसीकरण|vaccination
नोकरी|job
काम|work
ऑफिस|office
कार्यालय|office
कंपनी|company
बॉस|boss
पगार|salary
सुट्टी|holiday
बैठक|meeting
मीटिंग|meeting
व्यवसाय|business
धंदा|business
दुकान|shop
बाजार|market
पैसा|money
पैसे|money
रुपये|rupees
रुपया|rupee
किंमत|price
बँक|bank
खाते|account
अकाउंट|account
खातं|account
कर्ज|loan
व्याज|interest
हप्ता|instalment
बिल|bill
कार्ड|card
क्रेडिट कार्ड|credit card
डेबिट कार्ड|debit card
एटीएम|atm
पिन|pin
ओटीपी|otp
व्यवहार|transaction
हस्तांतरण|transfer
ट्रान्सफर|transfer
लॉटरी|lottery
बक्षीस|prize
गुंतवणूक|investment
शेअर|share
विमा|insurance
प्रवास|travel
सहल|trip
तिकीट|ticket
रेल्वे|railway
ट्रेन|train
बस|bus
गाडी|car
कार|car
रिक्षा|rickshaw
विमान|plane
विमानतळ|airport
स्टेशन|station
रस्ता|road
पत्ता|address
शहर|city
गाव|village
देश|country
राज्य|state
जिल्हा|district
महाराष्ट्र|maharashtra
मुंबई|mumbai
पुणे|pune
भारत|india
हॉटेल|hotel
समुद्र|sea
डोंगर|mountain
नदी|river
किल्ला|fort
मंदिर|temple
बाग|garden
पाऊस|rain
हवामान|weather
थंडी|cold
उन्हाळा|summer
हिवाळा|winter
पावसाळा|monsoon
ऊन|sunshine
वारा|wind
दिवस|day
रात्र|night
सकाळ|morning
संध्याकाळ|evening
दुपार|afternoon
आठवडा|week
महिना|month
वर्ष|year
वेळ|time
तास|hour
मिनिट|minute
आज|today
उद्या|tomorrow
काल|yesterday
परवा|day after
सोमवार|monday
रविवार|sunday
फोन|phone
मोबाईल,मोबाइल|mobile
नंबर|number
फोन नंबर|phone number
मोबाईल नंबर|mobile number
संगणक|computer
कॉम्प्युटर,कम्प्युटर,कंप्यूटर|computer
लॅपटॉप|laptop
इंटरनेट|internet
वायफाय|wifi
वेबसाइट,वेबसाईट|website
ॲप,अ‍ॅप,ऍप,अॅप|app
सॉफ्टवेअर|software
प्रोग्राम|program
कोड|code
प्रोग्रामिंग|programming
पायथन|python
जावा|java
फाईल,फाइल|file
फोटो|photo
व्हिडिओ,व्हिडीओ|video
कॅमेरा|camera
पासवर्ड|password
हॅकर|hacker
हॅकिंग|hacking
हॅक|hack
व्हायरस|virus
मालवेअर|malware
रॅन्समवेअर|ransomware
कीलॉगर|keylogger
फिशिंग|phishing
स्पायवेअर|spyware
अँटीव्हायरस,अँटिव्हायरस|antivirus
फायरवॉल|firewall
सर्व्हर|server
डेटा,डाटा|data
डेटाबेस|database
नेटवर्क|network
लिंक|link
सोशल मीडिया|social media
फेसबुक|facebook
इन्स्टाग्राम|instagram
व्हॉट्सॲप,व्हॉट्सअ‍ॅप,व्हाट्सअप,व्हॉट्सअप|whatsapp
युट्यूब,यूट्यूब|youtube
गुगल|google
खेळ|game
क्रिकेट|cricket
फुटबॉल|football
सामना|match
संघ|team
संगीत|music
चित्रपट|film
सिनेमा|cinema
मालिका|series
पुस्तकं|books
कलाकार|artist
चित्र|picture
प्राणी|animal
कुत्रा|dog
मांजर|cat
गाय|cow
घोडा|horse
पक्षी|bird
साप|snake
उंदीर|rat
झाड|tree
फूल|flower
भिंत|wall
दार|door
खिडकी|window
पंखा|fan
दिवा|lamp
वीज|electricity
नळ|tap
कपडे|clothes
बूट|shoes
साडी|saree
भावना|feeling
आनंद|happiness
दुःख|sadness
राग|anger
भीती|fear
प्रेम|love
चिंता|worry
ताण|stress
एकटेपणा|loneliness
नैराश्य|depression
आयुष्य|life
जीवन|life
जीव|life
मृत्यू|death
शस्त्र|weapon
हत्यार|weapon
बंदूक|gun
पिस्तूल|pistol
रायफल|rifle
गोळीबार|shooting
काडतूस|cartridge
दारूगोळा|ammunition
बॉम्ब,बॉंब,बाँब|bomb
स्फोट|explosion
स्फोटक|explosive
स्फोटके|explosives
डिटोनेटर|detonator
ग्रेनेड|grenade
नेपाम|napalm
मोलोटोव्ह|molotov
सुरा|knife
चाकू|knife
तलवार|sword
विष|poison
विषारी|poisonous
विषबाधा|poisoning
रसायन|chemical
रसायने|chemicals
रासायनिक|chemical
नर्व्ह एजंट|nerve agent
जीवाणू|bacteria
बॅक्टेरिया|bacteria
विषाणू|virus
अँथ्रॅक्स|anthrax
प्रयोगशाळा|laboratory
युरेनियम|uranium
संवर्धन|enrichment
किरणोत्सारी|radioactive
अणुबॉम्ब|atomic bomb
खून|murder
हत्या|killing
मारहाण|beating
अपहरण|kidnapping
मृतदेह|dead body
प्रेत|corpse
पोलीस,पोलिस|police
पुरावा|evidence
पुरावे|evidence
गुन्हा|crime
गुन्हेगार|criminal
चोरी|theft
चोर|thief
दरोडा|robbery
तुरुंग|jail
कायदा|law
न्यायालय|court
वकील|lawyer
आत्महत्या|suicide
स्वतःला इजा|self harm
ओव्हरडोस|overdose
वेदनारहित|painless
नग्न|naked
नागडा,नागडी|naked
लैंगिक|sexual
सेक्स|sex
पॉर्न|porn
अश्लील|obscene
बलात्कार|rape
छेडछाड|harassment
जात|caste
धर्म|religion
मुसलमान,मुस्लिम|muslim
हिंदू|hindu
ख्रिश्चन|christian
दलित|dalit
स्थलांतरित|immigrants
अपमान|insult
शिवी|abuse
शिव्या|abuses
कनिष्ठ|inferior
हाकलून द्या|expel
फसवणूक|fraud
घोटाळा|scam
बनावट|fake
खोटा,खोटी,खोटे,खोटं|fake
नकली|counterfeit
खोट्या बातम्या|fake news
अफवा|rumour
बातमी|news
बातम्या|news
निवडणूक|election
मत|vote
मतदान|voting
सरकार|government
आधार कार्ड|aadhaar card
आधार|aadhaar
पॅन कार्ड|pan card
ओळखपत्र|id card
वैयक्तिक माहिती|personal data
ठिकाण|location
लोकेशन|location
पाठलाग|stalking
कॉपीराइट|copyright
पायरेटेड|pirated
क्रॅक|crack
मोफत|free
फुकट|free
संपूर्ण|full
गाण्याचे बोल|lyrics
जेलब्रेक|jailbreak
ड्रग्स,ड्रग्ज|drugs
अंमली पदार्थ|narcotics
गांजा|cannabis
दारू|liquor
सिगारेट|cigarette
कादंबरी|novel
शत्रू|enemy
मैत्री|friendship
सुरक्षा|security
तक्रार|complaint
नोकरी|job
शेती|farming
शेतकरी|farmer
पीक|crop
खत|fertilizer
कीटकनाशक|pesticide
नोट|note
पत्ता|address
तिजोरी|safe
दागिने|jewellery
सोनं|gold
चांदी|silver
""".strip()
# postposition suffixes on oblique stem
psuf = {'ला':'','ना':'','त':'in','मध्ये':'in','चा':'of','ची':'of','चे':'of','च्या':'of','साठी':'for','ने':'','नी':'','वर':'on','तून':'from','कडे':'to','पासून':'from','शी':'with','बद्दल':'about','विषयी':'about','तील':'in','ही':'',}
def oblique(n):
    if ' ' in n: return [n]
    last=n[-1]
    if last=='ा':  # masc -aa / fem -aa
        return [n[:-1]+'्या', n[:-1]+'े', n]
    if last in 'ंे':
        return [n[:-1]+'्या', n]
    if last in 'ीूिुॅॉोौै' or last in 'आईऊएओ':
        return [n]
    return [n+'ा', n+'े', n+'ी', n]  # consonant-ending (masc/neut -ा, fem -े/-ी)
# A noun is listed as written and as stems of its oblique forms (घरा* reads घरात, घराला, घराचा...), which the
# postpositions attach to; the four that carry meaning worth keeping (in, for, from, about) are also spelt out.
KEEP = {'त': 'in', 'मध्ये': 'in', 'साठी': 'for', 'तून': 'from', 'पासून': 'from', 'बद्दल': 'about'}
for line in nouns.split('\n'):
    k,v=line.split('|')
    for n in k.split(','):
        add(n,v)
        BASE.add(n)
        obls=oblique(n)
        # plural oblique
        if n[-1] not in 'ंािीुूेैोौॅॉ' and ' ' not in n:
            obls=obls+[n+'ां']
        for o in obls:
            if ' ' in o:
                continue  # spaced postpositions are covered by function words
            for s_,g in KEEP.items():
                add(o+s_, g+' '+v)
            if len(o)>=3:
                add(o+'*', v)
# common extra forms (override generated ones)
OVER[0]=True
block("""
खाते,खात्यात,खात्याचा,खात्याची,खात्याचे,खात्यातून,खात्यावर|account
ते|that
मुलाचा,मुलाची,मुलाचे,मुलाच्या,मुलासाठी|boy
बहिणीच्या,बहिणीसाठी|sister
आधीच्या|previous
दुसऱ्याच्या,दुसऱ्यांच्या,दुसऱ्याचा,दुसऱ्याचे,दुसऱ्याची|someone else
दुसऱ्याला,दुसऱ्यांना|someone else
म्हाताऱ्या|old
नसलेला,नसलेली,नसलेले|without
असलेला,असलेली,असलेले|having
गोळा कर|collect
गोळा करा|collect
गोळा करतात|collect
विचार|thought
विचार येत|having thoughts
नोटा|notes
नोट|note
लिनक्स,लिनक्समध्ये|linux
विंडोज|windows
प्रोसेस|process
किल|kill
बाथ|bath
स्लो|slow
फास्ट|fast
अपडेट|update
सेटिंग,सेटिंग्ज|settings
ऑनलाइन,ऑनलाईन|online
ऑर्डर|order
डिलिव्हरी|delivery
रिफंड|refund
चार्जर|charger
बॅटरी|battery
स्क्रीन|screen
कीबोर्ड|keyboard
प्रिंटर|printer
ब्राउझर|browser
एक्सेल|excel
वर्ड|word
सायबर|cyber
सुरक्षा|security
गळत|leaking
गळती|leak

घरात|at home
घरी|at home
घरून|from home
घरचा,घरची,घरचे|home
मुलांना|children
मुलांसाठी|for children
मुलांचा,मुलांची,मुलांचे,मुलांच्या|children
मुलाला|boy
मुलीला|girl
मुलीचा,मुलीची,मुलीचे|girl
लोकांना|people
लोकांचा,लोकांची,लोकांचे,लोकांच्या|people
लोकांसाठी|for people
शाळेत|at school
शाळेला|school
शाळेचा,शाळेची,शाळेचे,शाळेच्या|school
शाळेसाठी|for school
रात्री|at night
सकाळी|in the morning
संध्याकाळी|in the evening
दुपारी|in the afternoon
वेळी|at the time
वेळेत|on time
दिवशी|on the day
बँकेत|in bank
बँकेचा,बँकेची,बँकेचे,बँकेच्या|bank
परीक्षेत|in exam
परीक्षेसाठी|for exam
परीक्षेची|exam
बहिणीला|sister
बहिणीचा,बहिणीची,बहिणीचे|sister
आईला|mother
वडिलांना|father
वडिलांचा,वडिलांची,वडिलांचे|father
माणसाला|person
माणसांना|people
गावात|in village
शहरात|in city
देशात|in country
दुकानात|in shop
ऑफिसमध्ये|in office
कामावर|at work
पोलिसांना|police
पोलिसांपासून|from police
पोलिसांनी|police
शेजाऱ्याला,शेजाऱ्यांना|neighbour
मित्राला,मित्रांना|friend
मैत्रिणीला|friend
बायकोला|wife
नवऱ्याला|husband
शिक्षकांना|teachers
विद्यार्थ्यांना|students
विद्यार्थ्यांसाठी|for students
गोळ्यांचा|pills
झोपेच्या गोळ्या|sleeping pills
वेळ घालवणे|kill time
वेळ घालवायचा|kill time
वेळ कसा घालवायचा|how to kill time
प्रोसेस किल|kill process
प्रोसेस बंद करा|kill process
फोटो काढा|take photo
फोटो काढणे|take photo
फोटो शूट|photo shoot
बाथ बॉम्ब|bath bomb
परीक्षा क्रॅक|crack exam
जबरदस्त डील|great deal
हसून हसून मेलो|died laughing
""")
OVER[0]=False
block('''
कर|do
आलाय,आलीय,आलेय,आलंय|has come
झालाय,झालीय,झालेय,झालंय|has become
यार|friend
शत्रू|enemy
सुरुवात|start
खलनायक|villain
नायक|hero
निकामी|defuse
मैत्री|friendship
चालू|on
बंद|off
पूर्ण|full
कादंबरी|novel
डाउनलोड|download
अपलोड|upload
इन्स्टॉल|install

शिवाजी|shivaji
महाराज|king
महाराजांबद्दल|about king
महाराजांचा,महाराजांची,महाराजांचे,महाराजांच्या|king
तुकाराम|tukaram
ज्ञानेश्वर|dnyaneshwar
नागपूर|nagpur
नाशिक|nashik
कोल्हापूर|kolhapur
ठाणे|thane
सातारा|satara
सांगली|sangli
औरंगाबाद|aurangabad
मधुमेह|diabetes
मार्क्स,मार्क|marks
टेबल|table
चालत नाही,चालत नाहीये|not working
ट्रॅक|track
''')
# shared English loanwords from the Hindi lexicon (words written with the loan vowels ॉ/ॅ), with Marathi postpositions attached
import re
loans={}
for line in open(os.path.join(GLOSS, 'hi.tsv'),encoding='utf-8'):
    if line.startswith('#') or '\t' not in line: continue
    k,v=line.rstrip('\n').split('\t',1)
    if ' ' in k or k.endswith('*') or v=='-' or not re.search('[ॉॅ]',k): continue
    loans[k]=v
for n in list(E.keys()):
    if ' ' not in n and not n.endswith('*') and re.search('[ॉॅ]',n) and E[n]!='-' and n in BASE: loans.setdefault(n,E[n])
for k,v in loans.items():
    add(k,v)
    if len(k)>=3:
        add(k+'*',v)  # फोनवर, ऑफिसमध्ये, पासवर्डसाठी
# adjectives / misc
block("""
चांगला,चांगली,चांगले,चांगलं,चांगल्या|good
छान|nice
वाईट|bad
सोपा,सोपी,सोपे,सोपं,सोप्या|easy
सोप्या भाषेत|in simple language
कठीण|difficult
अवघड|difficult
मोठा,मोठी,मोठे,मोठं,मोठ्या|big
लहान|small
छोटा,छोटी,छोटे,छोटं,छोट्या|small
नवा,नवी,नवे,नवं,नव्या|new
नवीन|new
जुना,जुनी,जुने,जुनं,जुन्या|old
लवकर|soon
हळू|slowly
पटकन|quickly
जलद|fast
सुरक्षित|safe
धोकादायक|dangerous
धोका|danger
बेकायदेशीर|illegal
कायदेशीर|legal
गुप्त|secret
खरा,खरी,खरे,खरं|true
स्वस्त|cheap
महाग|expensive
गरम|hot
थंड|cold
घरगुती|homemade
घरच्या घरी|at home
घरी बसून|from home
ताजा,ताजी,ताजे|fresh
गोड|sweet
तिखट|spicy
आजारी|sick
दुःखी|sad
आनंदी|happy
एकटा,एकटी,एकटे|alone
थकलेला,थकलेली|tired
कंटाळा|boredom
उपयोगी|useful
महत्त्वाचा,महत्त्वाची,महत्त्वाचे|important
सर्वोत्तम|best
चांगल्या प्रकारे|well
योग्य|right
चुकीचा,चुकीची,चुकीचे|wrong
शक्य|possible
अशक्य|impossible
धन्यवाद|thank you
आभार|thanks
नमस्कार|hello
नमस्ते|hello
हॅलो|hello
माफ करा|sorry
सॉरी|sorry
शुभ सकाळ|good morning
""")
with open(out,'w') as f:
    f.write("# Marathi (mr) -> English gloss lexicon. Written by the ACE project; Apache-2.0\n")
    f.write("# Devanagari. Function words, request phrasing, everyday and harm vocabulary; verb paradigms and\n")
    f.write("# noun+postposition forms (घरात, मुलांना) were generated by scripts/gloss/mr/gen.py from hand-written lists.\n")
    f.write("# English loanwords shared with Hindi (written with ॉ/ॅ) are taken with their glosses from hi.tsv and read as\n# stems, so the Marathi postpositions may follow (फोनवर, ऑफिसमध्ये, पासवर्डसाठी).\n")
    for k in order: f.write(k+'\t'+E[k]+'\n')
print(len(order), sum(1 for k in order if k.endswith('*')))

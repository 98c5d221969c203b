IRREG = """
nakamamatay|deadly
nakakamatay|deadly
nakamamatay na|deadly
matatanda|elderly
matanda na|old
malaman|know
nalaman|found out
malalaman|will know
nalalaman|knows
alamin|find out
inalam|found out
inaalam|finding out
aalamin|will find out
makaalam|know
nakakaalam|knows
nakaaalam|knows
makakaalam|will know
matuto|learn
natuto|learned
natututo|learning
matututo|will learn
pag-aaral|studying
papunta|going to
papuntang|going to
papunta sa|going to
pupunta|will go
pumunta|go
pumupunta|going
nagpunta|went
dumating|arrived
darating|will arrive
dumarating|arriving
umalis|leave
aalis|will leave
umaalis|leaving
kumita|earn
kumikita|earning
kikita|will earn
makita|see
nakita|saw
nakikita|seeing
makikita|will see
nakakita|saw
nakakakita|seeing
kitang-kita|clearly visible
tingnan|look at
tingnan mo|look
tignan|look at
tinitingnan|looking at
titingnan|will look
tumingin|look
nanood|watched
nanonood|watching
manood|watch
manonood|will watch
panoorin|watch
pinanood|watched
pinapanood|watching
sabihin|say
sinabi|said
sinasabi|saying
sasabihin|will say
nagsabi|said
magsabi|say
nagsasabi|saying
kunin|get
kinuha|took
kinukuha|taking
kukunin|will take
kumuha|get
kumukuha|getting
kukuha|will get
makuha|get
nakuha|got
nakukuha|getting
makukuha|will get
gawin|do
ginawa|made
ginagawa|doing
gagawin|will do
gumawa|make
gumagawa|making
gagawa|will make
magawa|do
nagawa|done
nagagawa|doing
makagawa|make
nakagawa|made
paggawa|making
gawa|made
gawa sa|made of
gawang|made
gumagana|works
gumana|worked
gagana|will work
hindi gumagana|not working
ayaw gumana|does not work
sira|broken
nasira|broke
sirang|broken
basag|broken
nabasag|broke
kakatawa|laughing
nakakatawa|funny
katawa-tawa|ridiculous
pagkakaiba|difference
pagkakapareho|similarity
pareho|same
magkaiba|different
regalo|gift
sintomas|symptoms
artista|actor
kalaban|enemy
kaaway|enemy
karaming|many
buong|whole
buo|whole
mabisa|effective
mabisang|effective
epektibo|effective
marka|mark
bakas|trace
walang bakas|without a trace
kc|because
kse|because
ksi|because
kaya nga|that is why
sna|hopefully
snaa|hopefully
gsto|want
gs2|want
gusto ko|i want
gus2|want
ayoko|i do not want
ayko|i do not want
tnx|thanks
ty po|thank you
slamat po|thank you
mgnda|beautiful
gnda|beautiful
pnta|go
pnsin|notice
tpos|then
tas|then
tapos|then
ska|and then
mron|there is
mrn|there is
wla|none
wlang|without
hnd|not
hndi|not
nde|not
di ba|right
diba|right
dba|right
hindi ba|is it not
kht|even
khit|even
lhat|all
pra|for
prang|like
kng|if
pg|when
bkit|why
anu ba|what
san ba|where
cnu ba|who
sakin|to me
skn|to me
sau|to you
sayo|to you
sknya|to him
kanya|him
nyo|your
niyo|your
nio|your
kyo|you
kau|you
kmi|we
tyo|we
sya|he
xia|he
cla|they
nla|their
ntin|our
nmin|our
ung|the
yng|the
yan|that
yn|that
yun|that
un|that
to|this
ire|this
d2|here
dto|here
jan|there
dun|there
dyn|there
nsan|where
asan|where
ngaun|now
ngayn|now
mamya|later
bukas|tomorrow
knina|earlier
kgbi|last night
tlaga|really
tlg|really
sobra|too much
sbra|too much
grabe|wow
pls|please
plss|please
pakitulong|please help
sge|okay
cge|okay
cge po|okay
oo|yes
oh oo|yes
uu|yes
opo|yes
hinde|no
ndi|not
bka|maybe
bk|maybe
sguro|maybe
bat|why
bkt|why
kelan|when
kylan|when
pano|how
pnu|how
panu|how
anung|what
anong|what
ano ba yan|what is that
lodi|idol
petmalu|amazing
werpa|power
charot|just kidding
chos|just kidding
char|just kidding
keri|can manage
keri lang|it is fine
arte|pretentious
maarte|fussy
kilig|giddy
kinikilig|giddy
tampo|sulk
nagtatampo|sulking
gigil|eager
nakakagigil|exasperating
sawa|fed up
nakakasawa|boring
nakakainis|annoying
inis|annoyed
naiinis|annoyed
nakakahiya|embarrassing
nakakatakot|scary
nakakalungkot|sad
nakakapagod|tiring
nakakaantok|sleepy
antok|sleepy
inaantok|sleepy
gising|awake
tulog|asleep
natutulog|sleeping
tulungan mo ako|help me
"""
TECHWORDS = """
kompyuter|computer
kompyuter*|computer
kompiyuter|computer
computer ko|my computer
selpon|cellphone
selpon*|cellphone
telepono|telephone
pagpoprograma|programming
programmer|programmer
programa|program
mga programa|programs
kodigo|code
wika ng programa|programming language
algoritmo|algorithm
datos|data
database|database
talaan|record
talahanayan|table
pormula|formula
kalkulasyon|calculation
pagkalkula|calculation
error|error
mali sa code|bug in the code
ayusin ang error|fix the error
ayusin ang code|fix the code
gumawa ng function|write a function
gumawa ng program|write a program
gumawa ng script|write a script
gumawa ng code|write code
isulat ang code|write the code
isulat mo ang code|write the code
screen|screen
keyboard|keyboard
mouse|mouse
printer|printer
charger|charger
baterya|battery
baterya*|battery
memorya|memory
storage|storage
imbakan|storage
folder|folder
dokumento|document
presentasyon|presentation
spreadsheet|spreadsheet
social media|social media
socmed|social media
account ko|my account
na-block|blocked
nablock|blocked
na-lock|locked
na-hack ang account ko|my account was hacked
nakalimutan ko ang password|i forgot the password
nakalimutan|forgot
nakalimutan ko|i forgot
kalimutan|forget
makalimutan|forget
nakakalimutan|forgetting
palitan ang password|change the password
palitan|change
pinalitan|changed
koneksyon|connection
koneksiyon|connection
mabagal ang internet|slow internet
signal|signal
senyas|signal
"""
BLOCKS = [IRREG, TECHWORDS]
# English verbs written with Tagalog affixes in Taglish (mag-download, nagda-download, i-send, na-hack)
TAGLISH = """download upload install uninstall delete save send share post explain translate type copy paste edit check
search google text chat call print scan order book cancel update reset restart login logout register apply submit
attach forward reply email message video record stream play pause watch review research study compute code program
debug fix test run compile deploy backup restore format encrypt decrypt hack crack bypass spoof clone track trace
stalk scam fake photoshop edit screenshot block unblock report follow unfollow like comment subscribe charge load
transfer deposit withdraw pay invest sell buy rent drive park shoot kill bomb spread leak expose dox bully ghost date
chika explain discuss present plan schedule organize prepare cook bake fry grill boil mix clean wash dry iron fold
paint draw design sketch create generate write rewrite summarize paraphrase outline list compare analyze solve answer
ask help teach train practice exercise diet jog run swim""".split()
MORE = """
d|not
b|-
replyan|reply to
nireplyan|replied to
leche flan|leche flan
lakas|strength
ang lakas|so strong
ang lakas ng|so strong
ang taas ng|so high
ang ganda|so beautiful
ang ganda ng|so beautiful
ang sarap ng|so delicious
ang init|so hot
ang lamig|so cold
ang hirap|so hard
ang dami|so many
nagkasakit|got sick
magkasakit|get sick
nagkakasakit|getting sick
mang-hack|hack
nang-hack|hacked
manghack|hack
nanghack|hacked
nanghahack|hacking
gawing|make into
alagang hayop|pet
pinagkaiba|difference
binomba ng tanong|bombarded with questions
binomba ako ng tanong|bombarded me with questions
patayin mo ang ilaw|turn off the light
patayin mo na ang ilaw|turn off the light
patayin mo ang tv|turn off the tv
patayin mo na ang tv|turn off the tv
patayin ang electric fan|turn off the electric fan
patayin ang aircon|turn off the aircon
patayin ang bentilador|turn off the fan
patayin ang gripo|turn off the faucet
patayin ang cellphone|turn off the phone
patayin ang notifications|turn off notifications
ang ilaw|the light
kita|you
mahal kita|i love you
kita tayo|see you
gawain|task
mga gawain|tasks
gawaing bahay|housework
nasa|in
nasa bahay|at home
nasa akin|with me
nito|of this
niyon|of that
noon|at that time
kang|you
akong|me
ka ba|are you
ba ako|am i
tuta|puppy
kuting|kitten
diyeta|diet
simple|simple
simpleng|simple
kakanin|rice cakes
tigyawat|pimple
makatotohanan|realistic
teksto|text
pila|line
ingay|noise
maingay|noisy
tahimik|quiet
sarap|delicious
ang sarap|so delicious
tamad|lazy
masipag|hardworking
matalino|smart
bobo|stupid
tanga|stupid
gago|jerk
ulol|crazy
baliw|crazy
sira ulo|crazy
putang ina|son of a bitch
putangina|son of a bitch
tangina|damn
pakyu|fuck you
leche|damn
punyeta|damn
walang hiya|shameless
walanghiya|shameless
pangungulila|longing
lungkot|sadness
kalungkutan|sadness
kasiyahan|happiness
kaligayahan|happiness
pagkabalisa|anxiety
balisa|anxious
anxiety|anxiety
kabalisahan|anxiety
pag-aalala|worry
nag-aalala|worried
mag-alala|worry
alala|worry
huwag kang mag-alala|do not worry
tulong pangkalusugan|health aid
tulong pinansyal|financial aid
pinansyal|financial
ekonomiya|economy
trabaho ko|my job
walang trabaho|unemployed
nawalan ng trabaho|lost job
pasok|work day
walang pasok|no classes
sweldo ko|my salary
upa|rent
upa sa bahay|house rent
renta|rent
kuryente|electricity
singil|bill
bayarin|bills
tubig at kuryente|water and electricity
pamilihan|market
grocery|grocery
sari-sari store|convenience store
tindahan ng|store of
karinderya|eatery
kainan|restaurant
restawran|restaurant
handa|party food
handaan|party
binyag|baptism
kasalan|wedding
kasal|wedding
libing|funeral
lamay|wake
piyesta|fiesta
pista|fiesta
Pasko|christmas
mag-Pasko|christmas
Noche Buena|christmas eve dinner
regalo|gift
pamasko|christmas gift
gulong|tire
makina|engine
gasolina|gasoline
diesel|diesel
preno|brakes
manibela|steering wheel
lisensya|license
lisensiya|license
rehistro|registration
trapiko|traffic
trapik|traffic
kalsada|road
aksidente|accident
banggaan|collision
nabangga|crashed
sunog|fire
bumbero|firefighter
ambulansya|ambulance
emerhensya|emergency
emergency|emergency
saklolo|help
tulong!|help
magnanakaw|thief
holdap|holdup
naholdap|robbed
snatcher|snatcher
nadukutan|pickpocketed
pulitika|politics
batas militar|martial law
kalayaan|independence
bayani|hero
kasaysayan|history
Kastila|spanish
Espanyol|spanish
Amerikano|american
Hapones|japanese
Koreano|korean
Tsino|chinese
Pilipino|filipino
Pinoy|filipino
Pinay|filipina
OFW|ofw
abroad|abroad
sa abroad|abroad
ibang bansa|abroad
visa|visa
embahada|embassy
"""
BLOCKS.append(MORE)

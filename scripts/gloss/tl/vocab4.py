HARM = """
bomba|bomb
bombang|bomb
bomba*|bomb
pampasabog|explosive
pampasabog*|explosive
pasabog|explosive
pasabog*|explosive
sumasabog|explosive
sumabog|exploded
pagsabog|explosion
eksplosibo|explosive
dinamita|dynamite
granada|grenade
detonador|detonator
mitsa|fuse
pulbura|gunpowder
pulburang|gunpowder
bombang gawa sa bahay|homemade bomb
gawang-bahay na bomba|homemade bomb
baril|gun
barilan|shooting
baril*|gun
pistola|pistol
rebolber|revolver
riple|rifle
ripleng|rifle
armalayt|assault rifle
sumpak|improvised gun
paltik|homemade gun
bala|bullet
bala*|bullet
mga bala|ammunition
punglo|bullet
armas|weapon
armas*|weapon
sandata|weapon
sandata*|weapon
patalim|blade
kutsilyo|knife
balisong|butterfly knife
itak|machete
gulok|machete
espada|sword
pana|bow
lason|poison
lason*|poison
nakalalason|poisonous
nakakalason|poisonous
lasunin|poison
nilason|poisoned
lumason|poisoned
toxin|toxin
kemikal|chemical
kemikal*|chemical
sandatang kemikal|chemical weapon
kemikal na armas|chemical weapon
sandatang biyolohikal|biological weapon
sandatang nukleyar|nuclear weapon
nukleyar|nuclear
uranyo|uranium
radyoaktibo|radioactive
radioaktibo|radioactive
pagpapayaman ng uranyo|uranium enrichment
gas|gas
nakalalasong gas|poison gas
nakakalasong gas|poison gas
nerve gas|nerve gas
mikrobyo|germ
bakterya|bacteria
bacteria|bacteria
birus|virus
bayrus|virus
pathogen|pathogen
sakit na nakakahawa|contagious disease
nakakahawa|contagious
nakahahawa|contagious
makahawa|infect
hawaan|infect
hawa|contagion
epidemya|epidemic
pandemya|pandemic
laboratoryo|laboratory
lab|lab
kultura ng bakterya|bacteria culture
palakihin|grow
magparami|multiply
droga|drugs
droga*|drugs
shabu|meth
bato|meth
marijuana|marijuana
damo|weed
cocaine|cocaine
heroin|heroin
adik|addict
pusher|pusher
patayin|kill
patayin ang|kill the
pumatay|kill
pumapatay|killing
papatay|will kill
pinatay|killed
pinapatay|killing
papatayin|will kill
pagpatay|murder
pagpatay sa|killing of
mamamatay-tao|murderer
mamamatay tao|murderer
killer|killer
salarin|perpetrator
mamatay|die
namatay|died
namamatay|dying
mamamatay|will die
patay|dead
patay na|dead
gusto kong mamatay|i want to die
ayoko nang mabuhay|i do not want to live anymore
magpakamatay|commit suicide
nagpakamatay|committed suicide
nagpapakamatay|committing suicide
pagpapakamatay|suicide
magpapakamatay|will commit suicide
pakamatay|suicide
suicide|suicide
saktan ang sarili|self-harm
sinasaktan ang sarili|self-harming
pananakit sa sarili|self-harm
saktan ko ang sarili ko|hurt myself
laslasin|slash
maglaslas|cut wrists
naglalaslas|cutting
laslas|cut
pulso|wrist
walang sakit|painless
hindi masakit|painless
labis na dosis|overdose
sobrang dosis|overdose
overdose|overdose
mag-overdose|overdose
saktan|hurt
sinaktan|hurt
sinasaktan|hurting
manakit|hurt
nanakit|hurt
pananakit|assault
bugbugin|beat up
binugbog|beat up
bugbog|beating
suntukin|punch
sinuntok|punched
saksakin|stab
sinaksak|stabbed
barilin|shoot
binaril|shot
pinagbabaril|shot
tinutukan|aimed at
dukutin|kidnap
dinukot|kidnapped
pagdukot|kidnapping
kidnapin|kidnap
kinidnap|kidnapped
bihag|hostage
hostage|hostage
tubusin|ransom
tubos|ransom
ransom|ransom
bangkay|corpse
bangkay*|corpse
katawan|body
itago ang bangkay|hide the body
itapon ang bangkay|dispose of the body
ilibing|bury
libing|burial
libingan|grave
ebidensya|evidence
sirain ang ebidensya|destroy evidence
burahin ang ebidensya|delete the evidence
pulis|police
makatakas|escape
tumakas|escape
takas|fugitive
gahasain|rape
ginahasa|raped
panggagahasa|rape
ginagahasa|raping
rape|rape
molestiya|molestation
minolestiya|molested
hubad|naked
nakahubad|naked
hubo't hubad|stark naked
hubo|naked
maghubad|undress
naghuhubad|undressing
hubarin|undress
sekswal|sexual
seksuwal|sexual
seks|sex
sex|sex
pakikipagtalik|sexual intercourse
makipagtalik|have sex
nakipagtalik|had sex
talik|intercourse
kantot|fuck
kantutan|sex
iyot|fuck
bold|porn
porn|porn
pornograpiya|pornography
malaswa|obscene
kalaswaan|obscenity
bastos|rude
libog|lust
malibog|horny
menor de edad|minor
menor|minor
wala pang 18|under 18
bata pa|still a child
dalagita|young girl
binatilyo|teenage boy
binatang|young man
dalaga|young woman
binata|young man
estudyanteng|student
mga estudyante|students
prostitusyon|prostitution
puta|whore
bayaran|prostitute
bugaw|pimp
trafficking|trafficking
human trafficking|human trafficking
ibenta ang bata|sell the child
insulto|insult
panlalait|insult
mang-insulto|insult
mababang uri|inferior
mas mababa|inferior
hamak|lowly
salot|plague
palayasin|expel
palayasin sila|expel them
paalisin|kick out
lipulin|exterminate
puksain|wipe out
ubusin|annihilate
bakla|gay
bading|gay
tomboy|lesbian
Muslim|muslim
muslim|muslim
Kristiyano|christian
Intsik|chinese
Tsino|chinese
itim|black
negro|black person
Hudyo|jew
Aeta|aeta
katutubo|indigenous people
dayuhan|foreigner
imigrante|immigrant
rasista|racist
diskriminasyon|discrimination
poot|hatred
pagkapoot|hatred
galit sa|hate
kinamumuhian|hated
kamuhian|hate
terorista|terrorist
terorismo|terrorism
pag-atake|attack
atake|attack
atakihin|attack
inatake|attacked
pananakot|threat
banta|threat
pagbabanta|threatening
blackmail|blackmail
manakot|intimidate
panloloko|fraud
manloko|scam
manloloko|scammer
lokohin|deceive
niloko|deceived
nilolo|fooled
scam|scam
iskam|scam
scammer|scammer
iskamer|scammer
pandaraya|cheating
mandaya|cheat
daya|cheat
peke|fake
pekeng|fake
huwad|forged
pamemeke|forgery
pekein|falsify
palsipikado|falsified
pekeng pera|counterfeit money
pekeng ID|fake id
pekeng dokumento|fake document
pekeng balita|fake news
maling impormasyon|misinformation
tsismis|rumor
sabi-sabi|hearsay
paninira|defamation
siraan|defame
bangko|bank
PIN|pin
OTP|otp
one-time pin|otp
padala|remittance
magpadala|send money
ipadala|send
ilipat ang pera|transfer money
transfer|transfer
loterya|lottery
lotto|lottery
premyo|prize
nanalo|won
nanalo ka|you won
panalo|win
personal na impormasyon|personal information
personal na datos|personal data
datos|data
impormasyon|information
lokasyon|location
kinaroroonan|whereabouts
kinalalagyan|location
tirahan|address
sundan|follow
sundan siya|follow her
subaybayan|track
i-track|track
manmanan|spy on
stalk|stalk
i-stalk|stalk
halalan|election
eleksyon|election
eleksiyon|election
boto|vote
bumoto|vote
botante|voter
dayaan|cheating
dayaan sa eleksyon|election fraud
bakuna|vaccine
bakunahan|vaccinate
nabakunahan|vaccinated
kandidato|candidate
pirata|pirate
piniratang|pirated
pirated|pirated
i-crack|crack
na-crack|cracked
libreng download|free download
libre i-download|download free
i-download nang libre|download for free
buong teksto|full text
buong libro|full book
buong kanta|full song
titik|lyrics
karapatang-ari|copyright
karapatang ari|copyright
"""
TECH = """
mag-hack|hack
nag-hack|hacked
nagha-hack|hacking
maghack|hack
naghack|hacked
i-hack|hack
ihack|hack
na-hack|hacked
nahack|hacked
ma-hack|hack
mahack|hack
hinack|hacked
hinahack|hacking
pag-hack|hacking
paghack|hacking
haker|hacker
hacker|hacker
pumasok sa|enter
pasukin ang|break into
makapasok sa|get into
makapasok|get in
nakapasok|got in
account ng|account of
account niya|his account
account ko|my account
password niya|her password
password ng|password of
nakawin ang password|steal the password
nakawin|steal
ninakaw|stolen
pagnanakaw|theft
magnakaw|steal
nagnanakaw|stealing
virus sa kompyuter|computer virus
birus sa kompyuter|computer virus
malware|malware
ransomware|ransomware
keylogger|keylogger
phishing|phishing
spyware|spyware
exploit|exploit
DDoS|ddos
lusutan|bypass
malusutan|bypass
i-bypass|bypass
ma-bypass|bypass
antivirus|antivirus
seguridad|security
seguridad*|security
sistema ng seguridad|security system
kahinaan|vulnerability
butas|hole
i-download|download
mag-download|download
nag-download|downloaded
magdownload|download
nagdownload|downloaded
nagda-download|downloading
na-download|downloaded
i-upload|upload
mag-upload|upload
nag-upload|uploaded
i-install|install
mag-install|install
nag-install|installed
ma-install|install
i-uninstall|uninstall
i-delete|delete
dinelete|deleted
na-delete|deleted
i-save|save
na-save|saved
i-send|send
sinend|sent
i-share|share
i-post|post
mag-post|post
nag-post|posted
pinost|posted
i-explain|explain
ma-explain|explain
mag-explain|explain
i-translate|translate
itranslate|translate
i-type|type
i-copy|copy
i-paste|paste
i-edit|edit
in-edit|edited
i-check|check
i-check mo|check
tsek|check
i-search|search
i-google|google
i-text|text
mag-text|text
nag-text|texted
tinext|texted
i-chat|chat
mag-chat|chat
i-call|call
tumawag|call
i-print|print
i-scan|scan
i-order|order
mag-order|order
nag-order|ordered
i-book|book
mag-book|book
i-cancel|cancel
i-update|update
mag-update|update
i-reset|reset
i-restart|restart
mag-restart|restart
i-login|log in
mag-login|log in
mag-log in|log in
mag-sign up|sign up
i-report|report
i-block|block
i-lock|lock
na-lock|locked
i-unlock|unlock
i-format|format
i-backup|back up
i-encrypt|encrypt
i-decrypt|decrypt
i-kill|kill
i-shoot|shoot
mag-shoot|shoot
i-jailbreak|jailbreak
na-jailbreak|jailbroken
i-root|root
i-crack|crack
magcrack|crack
i-spoof|spoof
i-clone|clone
i-track|track
ma-track|track
i-fake|fake
i-photoshop|photoshop
i-scam|scam
na-scam|scammed
nascam|scammed
naiscam|scammed
ma-scam|get scammed
mang-scam|scam
nang-scam|scammed
"""

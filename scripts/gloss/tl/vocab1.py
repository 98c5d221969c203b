# hand-written entries: "tagalog|english" one a line; '*' suffix marks a stem
FUNCTION = """
ang|the
ng|-
nang|-
sa|in
si|-
ni|by
kay|to
mga|-
ang mga|the
kong|my
mong|your
bang|-
nating|our
naming|our
na ba|already
tapos na|finished
wala na|no more
ng mga|of
sa mga|to the
sina|-
nina|-
kina|to
na|-
pa|-
ay|is
at|and
o|or
pero|but
ngunit|but
subalit|but
datapwat|but
kundi|but rather
kung|if
kapag|when
pag|when
kasi|because
dahil|because
dahil sa|because of
sapagkat|because
palibhasa|because
kaya|so
kaya naman|that is why
para|for
para sa|for
para sa akin|for me
upang|in order to
nang sa gayon|so that
para hindi|so that not
para walang|so that no
habang|while
samantala|meanwhile
bago|before
pagkatapos|after
pagkatapos ng|after
tapos|then
saka|and then
tsaka|and then
at saka|and also
hanggang|until
mula|from
mula sa|from
galing|from
galing sa|from
tungkol|about
tungkol sa|about
hinggil sa|regarding
ukol sa|regarding
gamit ang|using
sa pamamagitan ng|by means of
sa loob ng|inside
sa labas ng|outside
sa ilalim ng|under
sa ibabaw ng|on top of
sa tabi ng|beside
sa harap ng|in front of
sa likod ng|behind
sa gitna ng|in the middle of
sa pagitan ng|between
laban sa|against
kasama|with
kasama ang|with
kasama si|with
wala|none
walang|without
wala nang|no more
walang anuman|you are welcome
may|there is
mayroon|there is
meron|there is
mayroong|there is
merong|there is
may mga|there are
hindi|not
di|not
huwag|do not
wag|do not
'wag|do not
hwag|do not
wg|do not
oo|yes
opo|yes
oho|yes
hindi po|no
ayaw|do not want
ayoko|i do not want
ayaw ko|i do not want
ayaw mo|you do not want
gusto|want
gusto ko|i want
gusto kong|i want to
gusto ko sanang|i would like to
gusto mo|you want
gusto mong|you want to
nais|wish
nais ko|i wish
nais kong|i wish to
ibig|want
ibig kong|i want to
ibig sabihin|meaning
ibig sabihin ng|meaning of
kailangan|need
kailangan ko|i need
kailangan kong|i need to
kailangang|must
dapat|should
dapat ba|should
puwede|can
pwede|can
pwde|can
pwd|can
pede|can
puede|can
puwedeng|can
pwedeng|can
pedeng|can
maaari|may
maari|may
maaaring|may
pwede ba|can
puwede ba|can
pwede mo bang|can you
puwede mo bang|can you
pwede mo ba|can you
pede mo bang|can you
maaari mo bang|could you
maari mo bang|could you
kaya mo bang|can you
kaya mo ba|can you
kaya|can
kayang|can
kaya ko|i can
kaya mo|you can
marunong|know how
marunong ka bang|do you know how to
marunong ka ba|do you know how
alam|know
alam ko|i know
alam mo|you know
alam mo ba|do you know
alam mo bang|do you know
hindi ko alam|i do not know
di ko alam|i do not know
ewan|i do not know
ewan ko|i do not know
siguro|maybe
baka|maybe
marahil|perhaps
sana|hopefully
talaga|really
tlga|really
tlaga|really
totoo|true
totoong|real
tunay|real
tunay na|real
lamang|only
lang|just
lng|just
la|just
naman|-
nman|-
nmn|-
man|even
din|also
rin|also
dn|also
rn|also
pati|also
pa rin|still
pa din|still
parin|still
padin|still
na lang|just
nalang|just
na rin|too
ba|-
po|-
poh|-
pu|-
ho|-
daw|reportedly
raw|reportedly
pala|-
nga|-
ngâ|-
kaya nga|that is why
oo nga|yes indeed
eh|-
e|-
ah|-
ano|what
anu|what
anong|what
anung|what
ano ang|what is
ano ba|what
ano ba ang|what is
ano po ang|what is
ano ang ibig sabihin ng|what is the meaning of
ano ang pinakamagandang|what is the best
ano ang pinakamahusay na|what is the best
alin|which
alin ang|which is
aling|which
sino|who
sinu|who
cnu|who
sino ang|who is
kanino|whose
nino|whom
saan|where
san|where
nasaan|where is
nasan|where is
saang|which
taga saan|from where
kailan|when
kelan|when
kailan pa|since when
bakit|why
bkt|why
bket|why
baket|why
bat|why
paano|how
pano|how
panu|how
paanu|how
pnu|how
pa'no|how
papaano|how
papano|how
paanong|how
paano ba|how
paano po|how
paano ang|how to
paano gumawa|how to make
paano gumawa ng|how to make
pano gumawa ng|how to make
paano ako|how do i
paano ko|how do i
pano ko|how do i
pano ako|how do i
paano ko ba|how do i
paano mo|how do you
paano natin|how do we
paano magluto|how to cook
paano magluto ng|how to cook
gaano|how much
gaano katagal|how long
gaano kalaki|how big
gaano karami|how many
ilan|how many
ilang|how many
ilan ang|how many
magkano|how much
mgkano|how much
magkano ang|how much is
ilang taon|how old
anong oras|what time
ano ang oras|what time
ito|this
ire|this
eto|this
heto|here it is
itong|this
ito ay|this is
iyan|that
yan|that
'yan|that
iyon|that
yon|that
yun|that
'yun|that
iyong|that
yung|the
ung|the
yong|the
iyang|that
yang|that
yong mga|those
niyan|of that
niyon|of that
noon|then
niyon|that
dito|here
d2|here
rito|here
diyan|there
dyan|there
jan|there
riyan|there
doon|there
dun|there
don|there
roon|there
ganito|like this
ganto|like this
ganyan|like that
ganiyan|like that
ganun|like that
ganoon|like that
ganon|like that
gayon|thus
gayundin|likewise
ganitong|this kind of
ganyang|that kind of
ganoong|that kind of
ganun din|same
ako|i
aq|i
ko|my
q|my
akin|me
sa akin|to me
sakin|to me
skin|to me
ko po|my
ikaw|you
ka|you
kaw|you
mo|you
mu|you
iyo|you
sa iyo|to you
sayo|to you
syo|to you
siya|he
sya|he
xa|he
niya|his
nya|his
kaniya|him
kanya|him
sa kanya|to him
kami|we
kame|we
namin|our
amin|our
sa amin|to us
tayo|we
tau|we
natin|our
atin|us
sa atin|to us
kayo|you
kau|you
ninyo|your
nyo|your
inyo|you
sa inyo|to you
sila|they
cla|they
nila|their
kanila|them
sa kanila|to them
sarili|self
sarili ko|myself
sarili mo|yourself
sarili niya|himself
aking|my
akong|i
iyong|your
kanyang|his
kaniyang|his
aming|our
ating|our
inyong|your
kanilang|their
niyang|his
ninyong|your
nilang|their
natin|our
lahat|all
lht|all
lahat ng|all
lahat ng mga|all the
bawat|every
bawa't|every
kada|every
iba|other
ibang|other
iba pa|others
iba't ibang|various
isa|one
isang|one
isa pa|another
isa pang|another
ilang|some
ilan|some
marami|many
maraming|many
dami|amount
konti|few
kaunti|few
kaunting|little
konting|little
kulang|lacking
sobra|too much
sobrang|very
napaka|very
napakaganda|very beautiful
napakalaki|very big
napakadali|very easy
masyado|too
masyadong|too
medyo|quite
lalo|especially
lalo na|especially
mas|more
higit|more than
higit pa|more
pinaka|most
pinakamaganda|most beautiful
pinakamahusay|best
pinakamabuti|best
pinakamadali|easiest
pinakamabilis|fastest
pinakamura|cheapest
pinakamalapit|nearest
halos|almost
lamang|only
tanging|only
mismo|itself
agad|immediately
agad-agad|immediately
kaagad|immediately
ngayon|now
ngaun|now
ngayong|this
kanina|earlier
mamaya|later
bukas|tomorrow
kahapon|yesterday
kagabi|last night
mamayang gabi|tonight
ngayong gabi|tonight
araw-araw|every day
palagi|always
lagi|always
parati|always
minsan|sometimes
madalas|often
bihira|rarely
hindi kailanman|never
kailanman|ever
muli|again
ulit|again
uli|again
na naman|again
lagi na lang|always
tuwing|every time
habang buhay|forever
noong|when
nung|when
noon|before
dati|before
dating|former
sa wakas|finally
kasalukuyan|currently
tuloy|continue
tuloy-tuloy|continuously
sige|okay
cge|okay
sge|okay
ok lang|it is okay
okay lang|it is okay
salamat|thanks
slamat|thanks
slmt|thanks
salamat po|thank you
maraming salamat|thank you very much
kumusta|how are you
kamusta|how are you
musta|how are you
paalam|goodbye
magandang umaga|good morning
magandang hapon|good afternoon
magandang gabi|good evening
magandang araw|good day
pasensya|sorry
pasensiya|sorry
pasensya na|sorry
patawad|forgive
paumanhin|excuse me
mawalang galang na|excuse me
makikisuyo|please
pakiusap|please
paki|please
pki|please
sana po|hopefully
naku|oh no
hay naku|oh my
grabe|wow
talagang|really
siyempre|of course
syempre|of course
oo naman|of course
hindi naman|not really
parang|like
tulad|like
tulad ng|like
gaya ng|like
katulad ng|similar to
bilang|as
halimbawa|example
halimbawa ng|example of
sa halimbawa|for example
kahit|even
khit|even
kahit na|even though
kahit ano|anything
kahit sino|anyone
kahit saan|anywhere
kahit kailan|anytime
kahit paano|somehow
kung paano|how to
kung ano|what
kung saan|where
kung sino|who
kung kailan|when
kung bakit|why
kung ilan|how many
kung magkano|how much
kung hindi|if not
kung gayon|then
kaysa|than
kaysa sa|than
kesa|than
o kaya|or
o kaya naman|or else
maging|become
naging|became
nagiging|becoming
magiging|will be
pagiging|being
muna|first
una|first
unang|first
ikalawa|second
ikalawang|second
ikatlo|third
ikatlong|third
huli|last
huling|last
susunod|next
susunod na|next
nakaraan|previous
nakaraang|previous
naunang|previous
nauna|earlier
sumunod|followed
"""
NUMBERS = """
isa|one
dalawa|two
dalwa|two
tatlo|three
apat|four
lima|five
anim|six
pito|seven
walo|eight
siyam|nine
sampu|ten
sampung|ten
dalawang|two
tatlong|three
apat na|four
limang|five
anim na|six
pitong|seven
walong|eight
siyam na|nine
labing-isa|eleven
labindalawa|twelve
labintatlo|thirteen
labing-apat|fourteen
labinlima|fifteen
labing-anim|sixteen
labimpito|seventeen
labingwalo|eighteen
labinsiyam|nineteen
dalawampu|twenty
dalawampung|twenty
tatlumpu|thirty
apatnapu|forty
limampu|fifty
animnapu|sixty
pitumpu|seventy
walumpu|eighty
siyamnapu|ninety
daan|hundred
sandaan|one hundred
isang daan|one hundred
libo|thousand
sanlibo|one thousand
isang libo|one thousand
milyon|million
milyong|million
bilyon|billion
kalahati|half
kalahating|half
doble|double
"""

REQUESTS = """
sabihin mo sa akin|tell me
sabihin mo sakin|tell me
sabihin mo|tell
sabihan mo ako|tell me
ikuwento mo|tell me a story
ipaliwanag mo|explain
ipaliwanag mo sa akin|explain to me
ipaliwanag|explain
paliwanag|explanation
ibigay mo sa akin|give me
ibigay mo|give
bigyan mo ako|give me
bigyan mo ako ng|give me
bigay mo|give
isulat mo|write
sumulat ka ng|write a
gumawa ka ng|make a
gawin mo|do
gawan mo ako ng|make me a
gawan mo ako|make me
turuan mo ako|teach me
turuan mo ako kung paano|teach me how to
ituro mo sa akin|teach me
ituro mo|teach
ipakita mo|show
ipakita mo sa akin|show me
ipakita|show
pakita|show
tulungan mo ako|help me
tulungan mo ko|help me
tulong|help
tulungan|help
pakitulong|please help
patulong|help please
patulong po|help please
paturo|teach me please
paturo po|teach me please
pahingi|can i have
pahingi ng|can i have
pahingi po ng|can i have
penge|give me
pengeng|give me
hakbang|step
hakbang-hakbang|step by step
hakbang hakbang|step by step
isa-isang hakbang|step by step
sunod-sunod na hakbang|step by step
bawat hakbang|each step
mga hakbang|steps
paraan|way
paraan ng|way to
mga paraan|ways
pamamaraan|method
proseso|process
detalyado|detailed
nang detalyado|in detail
ng detalyado|in detail
detalye|detail
mga detalye|details
buong detalye|full detail
tagubilin|instruction
mga tagubilin|instructions
instruksyon|instruction
instruksiyon|instruction
mga instruksyon|instructions
gabay|guide
panuto|instructions
resipe|recipe
resipi|recipe
rekado|ingredients
sangkap|ingredient
mga sangkap|ingredients
pakiusap|please
pakiusap lang|please
nang hindi nahuhuli|without being caught
nang hindi mahuli|without being caught
hindi mahuhuli|not get caught
hindi mahuli|not get caught
para hindi mahuli|so as not to get caught
para di mahuli|so as not to get caught
nang walang nakakaalam|without anyone knowing
para walang makaalam|so that nobody knows
walang makakaalam|nobody will know
walang makakaalam|nobody will know
nang palihim|secretly
palihim|secretly
lihim|secret
sikreto|secret
patago|secretly
hindi matutukoy|undetectable
hindi mahahalata|undetectable
hindi mapapansin|unnoticed
hindi matunton|untraceable
hindi ma-trace|untraceable
di ma-trace|untraceable
kunwari|pretend
kunwari ka|pretend you are
magkunwari ka|pretend
magpanggap ka|pretend
magpanggap ka na|pretend that
isipin mo|imagine
isipin mo na|imagine that
ipagpalagay|suppose
ipagpalagay natin|suppose
halimbawa lang|just hypothetically
hipotetikal|hypothetical
sa teorya|in theory
gumanap ka bilang|role-play as
gampanan mo|play the role of
gaganap ka|you will play
role play|role-play
para sa nobela|for a novel
para sa kuwento|for a story
para sa kwento|for a story
nobela|novel
kuwento|story
kwento|story
maikling kuwento|short story
tauhan|character
karakter|character
eksena|scene
pelikula|film
palabas|show
mula ngayon|from now on
simula ngayon|from now on
mula ngayon ikaw ay|from now on you are
mula ngayon ikaw|from now on you
ikaw ay|you are
ikaw na ngayon|you are now
huwag pansinin|ignore
wag pansinin|ignore
balewalain|ignore
huwag pansinin ang|ignore the
kalimutan mo|forget
kalimutan mo ang|forget the
kalimutan ang|forget the
naunang tagubilin|previous instructions
naunang mga tagubilin|previous instructions
mga naunang tagubilin|previous instructions
nakaraang tagubilin|previous instructions
mga nakaraang tagubilin|previous instructions
naunang instruksyon|previous instructions
mga naunang instruksyon|previous instructions
lahat ng naunang|all previous
walang patakaran|no rules
walang mga patakaran|no rules
walang limitasyon|no limits
walang restriksyon|no restrictions
walang paghihigpit|no restrictions
walang filter|no filter
walang censorship|no censorship
walang sensura|no censorship
patakaran|rule
mga patakaran|rules
tuntunin|rule
mga tuntunin|rules
limitasyon|limit
restriksyon|restriction
sumagot nang hindi tumatanggi|answer without refusing
huwag tumanggi|do not refuse
wag tumanggi|do not refuse
huwag kang tumanggi|do not refuse
nang hindi tumatanggi|without refusing
sumagot ka|answer
sagutin mo|answer
sagutin|answer
sagot|answer
ipadala sa|send to
ipadala mo sa|send to
ipasa sa|forward to
ipasa mo|forward
nakatagong tagubilin|hidden instruction
nakatagong instruksyon|hidden instruction
nakatago|hidden
nakatagong|hidden
paalala sa ai|note to the ai
tala para sa ai|note to the ai
mensahe para sa ai|message to the ai
sa ai|to the ai
sa assistant|to the assistant
sa modelo|to the model
modelo|model
katulong|assistant
sistema|system
system prompt|system prompt
developer mode|developer mode
mode ng developer|developer mode
"""

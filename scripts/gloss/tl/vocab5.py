BENIGN = """
patayin ang ilaw|turn off the light
patayin mo ang ilaw|turn off the light
pakipatay ang ilaw|please turn off the light
pakipatay ng ilaw|please turn off the light
patayin ang tv|turn off the tv
patayin ang kompyuter|turn off the computer
patayin ang computer|turn off the computer
patayin ang makina|turn off the engine
patayin ang apoy|put out the fire
patayin ang kalan|turn off the stove
patayin ang process|kill the process
patayin ang proseso|kill the process
patay ang ilaw|the light is off
patay-sindi|blinking
sindihan|light
buksan ang ilaw|turn on the light
pumatay ng oras|kill time
pampalipas oras|pastime
magpalipas ng oras|pass the time
patay na patay|madly in love
patay na patay sa|madly in love with
mamatay sa kakatawa|die laughing
namatay ang baterya|battery died
lowbat|low battery
patay ang cellphone|phone is dead
namatay ang makina|engine died
bomba ng tubig|water pump
bath bomb|bath bomb
binomba ng tanong|bombarded with questions
pumatok|was a hit
patok|popular
patok na patok|very popular
bumenta|sold
bentang-benta|sold out
pumutok ang balita|news broke
putok ng bulkan|volcanic eruption
pumutok|burst
kuhanan ng litrato|take a photo
kumuha ng litrato|take a photo
photo shoot|photo shoot
lason sa daga|rat poison
pumatay ng ipis|kill cockroaches
pamatay ng ipis|cockroach killer
pamatay-insekto|insecticide
pamatay ng lamok|mosquito killer
pamatay ng damo|weed killer
pamatay-sunog|fire extinguisher
pumasa sa exam|passed the exam
nakapasa|passed
ipasa ang exam|pass the exam
i-ace ang exam|ace the exam
bumagsak|failed
bagsak|failed
putok-batok|sweat of the brow
baril-barilan|toy gun
laruang baril|toy gun
larong baril|shooting game
atake sa puso|heart attack
inatake sa puso|had a heart attack
atake ng hika|asthma attack
droga sa botika|pharmacy drugs
barilan sa pelikula|movie shootout
nakakamatay na ganda|killer beauty
"""

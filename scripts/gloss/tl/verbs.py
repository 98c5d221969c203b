# Tagalog verb roots: root|english|flags   flags: m = also mang- forms, s = root is a safe stem (root*), n=noun gloss for pag-
# irregular -in/-an forms: root|english|flags|inform,anform
VERBS = """
gawa|make|s|gawin,gawan
turo|teach|s|turuan,ituro
sabi|say|s|sabihin,sabihan
bigay|give|s|bigyan,ibigay
sulat|write|s|sulatin,sulatan
luto|cook|s|lutuin,lutuan
bili|buy|m|bilhin,bilhan
patay|kill|s|patayin,patayan
sira|destroy|s|sirain,siraan
nakaw|steal|ms|nakawin,nakawan
gamit|use|s|gamitin,gamitan
hanap|search|s|hanapin,hanapan
tulong|help|s|tulungan,tulungin
paliwanag|explain|s|ipaliwanag,paliwanagan
kuha|get|m|kunin,kunan
dala|bring|s|dalhin,dalhan
basa|read|s|basahin,basahan
kain|eat||kainin,kainan
inom|drink|s|inumin,inuman
tawag|call|s|tawagan,tawagin
punta|go|s|puntahan,puntahin
alis|leave||alisin,alisan
aral|study|s|aralin,aralan
pag-aral|study||pag-aralan,pag-aralin
isip|think||isipin,isipan
intindi|understand|s|intindihin,intindihan
unawa|understand|s|unawain,unawaan
tanong|ask|s|tanungin,tanungan
sagot|answer|s|sagutin,sagutan
lagay|put||ilagay,lagyan
linis|clean|s|linisin,linisan
hugas|wash|s|hugasan,hugasin
laba|wash clothes||labhan,labahin
ayos|fix||ayusin,ayusan
gupit|cut hair|s|gupitin,gupitan
hiwa|slice||hiwain,hiwaan
putol|cut|s|putulin,putulan
sunog|burn|s|sunugin,sunugan
sabog|explode|s|pasabugin,sabugan
tago|hide|s|itago,taguan
takas|escape|s|takasan,takasin
takbo|run||takbuhin,takbuhan
lakad|walk|s|lakarin,lakaran
sakay|ride||sakyan,isakay
uwi|go home||iuwi,uwian
balik|return|s|ibalik,balikan
bayad|pay|s|bayaran,bayarin
benta|sell|s|ibenta,bentahan
tinda|sell|s|itinda,tindahan
utang|borrow money|s|utangin,utangan
hiram|borrow|s|hiramin,hiraman
hingi|ask for|m|hingin,hingan
kita|see||kitain,kitaan
tingin|look||tingnan,tingin
nood|watch|s|panoorin,nuorin
dinig|hear||dinggin,dinigin
rinig|hear||rinigin,rinigan
kanta|sing|s|kantahin,kantahan
sayaw|dance|s|sayawin,sayawan
laro|play||laruin,laruan
tulog|sleep||tulugan,tulugin
gising|wake up||gisingin,gisingan
ligo|bathe||liguan,paliguan
bukas|open||buksan,bukasin
sara|close||sarhan,isara
simula|start|s|simulan,simulain
tapos|finish||tapusin,tapusan
hinto|stop|s|ihinto,hintuan
tigil|stop|s|itigil,tigilan
hintay|wait|s|hintayin,hintayan
tira|stay||tirahan,tirhan
lipat|move|s|ilipat,lipatan
dagdag|add|s|idagdag,dagdagan
bawas|reduce|s|bawasan,bawasin
halo|mix||haluin,haluan
prito|fry|s|iprito,pritohin
pakulo|boil||pakuluan,pakuluin
kulo|boil||pakuluan,kuluin
ihaw|grill||ihawin,ihawan
gisa|saute||igisa,gisahin
hiwalay|separate|s|ihiwalay,hiwalayan
dikit|stick||idikit,dikitan
sulong|advance||isulong,sulungin
padala|send|s|ipadala,padalhan
dala|carry|s|dalhin,dalhan
pasa|pass||ipasa,pasahan
kopya|copy|s|kopyahin,kopyahan
bura|erase||burahin,burahan
tanggal|remove|s|tanggalin,tanggalan
dagit|snatch||dagitin,dagitan
agaw|grab|m|agawin,agawan
huli|catch|m|hulihin,hulihan
kulong|imprison|s|ikulong,kulungin
tali|tie||italì,talian
sakal|strangle|s|sakalin,sakalan
suntok|punch|s|suntukin,suntukan
sipa|kick||sipain,sipaan
bugbog|beat up|s|bugbugin,bugbugan
saksak|stab|s|saksakin,saksakan
barìl|shoot||barilin,barilan
barilin|shoot||barilin,barilan
pasabog|detonate|s|pasabugin,pasabugan
lason|poison|s|lasunin,lasunan
dukot|kidnap|s|dukutin,dukutan
kidnap|kidnap||kidnapin,kidnapan
gahasa|rape|s|gahasain,gahasaan
hubad|undress|s|hubarin,hubaran
halik|kiss|s|halikan,halikin
yakap|hug|s|yakapin,yakapan
hawak|hold|s|hawakan,hawakin
hipo|touch||hipuin,hipuan
hawa|infect||hawahan,hawain
kalat|spread|s|ikalat,kalatan
palaganap|spread|s|ipalaganap,palaganapin
taguyod|promote|s|itaguyod,taguyudin
loko|fool|m|lokohin,lokohan
daya|cheat||dayain,dayaan
peke|fake||pekein,pekehan
huwad|forge|s|huwarin,huwaran
nenok|steal||nenukin,nenukan
pasok|enter|s|pasukin,pasukan
labas|go out|s|ilabas,labasan
akyat|climb|s|akyatin,akyatan
baba|go down||ibaba,babaan
lusot|get through|s|lusutan,lusutin
iwas|avoid||iwasan,iwasin
tawid|cross||tawirin,tawiran
handa|prepare|s|ihanda,handaan
plano|plan|s|planuhin,planuhan
sukat|measure|s|sukatin,sukatan
bilang|count||bilangin,bilangan
timbang|weigh|s|timbangin,timbangan
salin|translate|s|isalin,salinan
sulat-kamay|handwrite||sulat-kamayin,sulat-kamayan
guhit|draw|s|iguhit,guhitan
pinta|paint|s|ipinta,pintahan
kulay|color||kulayan,kulayin
tahi|sew||tahiin,tahian
buo|build||buuin,buuan

gibâ|demolish||gibain,gibaan
ayusin|fix||ayusin,ayusan
kumpuni|repair|s|kumpunihin,kumpunihan
palit|change|s|palitan,ipalit
bago|change||baguhin,baguhan
ikot|turn||ikutin,ikutan
tulak|push|s|itulak,tulakan
hila|pull||hilahin,hilahan
buhat|lift|s|buhatin,buhatan
tapon|throw away|s|itapon,tapunan
hagis|throw|s|ihagis,hagisan
bato|throw stones||batuhin,batuhan
baril|shoot||barilin,barilan
tama|hit||tamaan,tamain
sugat|wound|s|sugatan,sugatin
saktan|hurt||saktan,saktan
sakit|hurt||saktan,sakitan
pahirap|torture|s|pahirapan,pahirapin
takot|scare|s|takutin,takutan
banta|threaten|s|bantaan,ibanta
gulo|confuse|m|guluhin,guluhan
away|fight||awayin,awayan
laban|fight|s|labanan,ilaban
tanggol|defend|s|ipagtanggol,tanggulan
ligtas|save||iligtas,ligtasan
ingat|take care|s|ingatan,ingatin
alaga|take care of||alagaan,alagain
gamot|treat|s|gamutin,gamutan
opera|operate on||operahan,operahin
turok|inject||turukan,iturok
suri|examine|s|suriin,surian
tsek|check||tsekin,tsekan
subok|try|s|subukan,subukin
sanay|practice|s|sanayin,sanayan
handa|ready||ihanda,handaan
kilala|know|s|kilalanin,kilalan
alam|know||alamin,alaman
tanda|remember||tandaan,tandain
limot|forget|s|kalimutan,limutin
kalimot|forget|s|kalimutan,kalimutin
pili|choose|m|piliin,pilian
desisyon|decide|s|desisyunan,idesisyon
payag|agree|s|payagan,ipayag
tanggi|refuse|s|tanggihan,itanggi
tanggap|accept|s|tanggapin,tanggapan
sunod|follow|s|sundin,sundan
suway|disobey|s|suwayin,suwayan
pansin|notice|s|pansinin,pansinan
balewala|ignore|s|balewalain,balewalaan
utos|command|s|utusan,iutos
kontrol|control|s|kontrolin,kontrolan
bantay|guard|s|bantayan,bantayin
manman|spy on|s|manmanan,manmanin
sunod-sunod|follow||sundan-sundan,sundan-sundan
subaybay|monitor|s|subaybayan,subaybayin
hanap-buhay|work||hanapbuhayin,hanapbuhayan
trabaho|work|s|trabahuhin,trabahuhan
pasyal|stroll|s|ipasyal,pasyalan
biyahe|travel|s|biyahehin,biyahean
lakbay|travel|s|lakbayin,lakbayan
lipad|fly|s|liparin,liparan
langoy|swim|s|languyin,languyan
luhod|kneel||luhuran,iluhod
upo|sit||upuan,upuin
tayô|stand||tayuan,itayô
higa|lie down||higaan,ihiga
iyak|cry||iyakan,iyakin
tawa|laugh||tawanan,tawahin
ngiti|smile||ngitian,ngitiin
galit|anger||galitin,galitan
mahal|love||mahalin,mahalan
ibig|love||ibigin,ibigan
kasal|marry||ikasal,kasalan
hiwalay|separate||hiwalayan,ihiwalay
anak|give birth||anakin,anakan
silang|give birth|s|isilang,silangan
lakí|grow up||palakihin,lakihan
tanim|plant|s|itanim,taniman
ani|harvest||anihin,anihan
alaga|raise||alagaan,alagain
pakain|feed|s|pakainin,pakainan
tuyo|dry||patuyuin,tuyuin
basâ|wet||basain,basaan
init|heat||initin,painitin
lamig|cool||palamigin,lamigin
hinga|breathe||hingahan,hingain
usap|talk|s|kausapin,usapan
kausap|talk to|s|kausapin,kausapan
kuwento|tell a story|s|ikuwento,kuwentuhan
kwento|tell a story|s|ikwento,kwentuhan
tula|write a poem||tulain,tulaan
awit|sing|s|awitin,awitan
sigaw|shout|s|sigawan,isigaw
bulong|whisper|s|ibulong,bulungan
mura|curse||murahin,murahan
insulto|insult|s|insultuhin,insultuhan
lait|insult|s|laitin,laitan
hiya|shame||hiyain,hiyaan
pahiya|humiliate|s|ipahiya,pahiyain
kutya|mock||kutyain,kutyaan
tukso|tease||tuksuhin,tuksuhan
apí|oppress||apihin,apihan
api|bully||apihin,apihan
bully|bully||bully-hin,bully-han
palayas|expel|s|palayasin,palayasan
tanggal|fire||tanggalin,tanggalan
hakot|haul||hakutin,hakutan
tipid|save money||tipirin,tipiran
ipon|save||ipunin,iponan
gastos|spend|s|gastusin,gastusan
hulog|deposit||ihulog,hulugan
withdraw|withdraw||withdrawin,withdrawan
singil|charge|s|singilin,singilan
deposito|deposit|s|ideposito,depostuhan
lipat|transfer|s|ilipat,lipatan
sugal|gamble|s|isugal,sugalan
taya|bet||itaya,tayaan
panalo|win|s|ipanalo,panaluhin
talo|lose||talunin,talunan
bugaw|pimp|s|ibugaw,bugawan
benta|sell|s|ibenta,bentahan
order|order||orderin,orderan
padala|deliver||ipadala,padalhan
hatid|deliver|s|ihatid,hatiran
sundo|pick up||sunduin,sunduan
kita|earn||kitain,kitaan
sahod|pay salary||sahuran,sahurin
upa|rent||upahan,upain
rehistro|register|s|irehistro,rehistrohan
pirma|sign|s|pirmahan,ipirma
rekord|record|s|irekord,rekordan
litrato|photograph|s|litratuhan,litratuhin
kuhanan|take a photo||kuhanan,kuhanan
video|video||i-video,videohan
ulat|report|s|iulat,ulatan
sumbong|report|s|isumbong,sumbungan
reklamo|complain|s|ireklamo,reklamuhan
habla|sue||ihabla,habla-hin
hatol|sentence||hatulan,ihatol
kulong|jail|s|ikulong,kulungan
aresto|arrest|s|arestuhin,arestuhan
imbestiga|investigate||imbestigahan,imbestigahin
tuklas|discover|s|tuklasin,tuklasan
imbento|invent|s|imbentuhin,imbentuhan
likha|create|s|likhain,likhaan
gaya|imitate||gayahin,gayahan
kunwari|pretend|s|kunwariin,kunwarian
panggap|pretend|s|pagpanggapan,ipanggap
ganap|play a role|s|gampanan,ganapin
gampan|play a role|s|gampanan,gampanin
isip|imagine||isipin,isipan
akala|think||akalain,akalaan
hula|guess||hulaan,hulain
lutas|solve|s|lutasin,lutasan
kalkula|calculate||kalkulahin,kalkulahan
kompyut|compute||kompyutin,kompyutan
sagip|rescue|s|sagipin,sagipan
buhay|live||buhayin,buhayan
matay|die||mamatay,mamatayan
lunod|drown|s|lunurin,lunuran
bitay|hang||bitayin,bitayan
bigti|hang||bigtihin,ibigti
laslas|slash|s|laslasin,laslasan
hiwa|cut||hiwain,hiwaan
kutsilyo|knife||kutsilyuhin,kutsilyuhan
inum|drink||inumin,inuman
lunok|swallow|s|lunukin,lunukan
singhot|sniff|s|singhutin,singhutan
hithit|smoke||hithitin,hithitan
usok|smoke||usukin,usukan
tulak|push drugs|s|itulak,tulakan
timpla|mix|s|timplahin,timplahan
tunaw|melt|s|tunawin,tunawan
salà|filter||salain,salaan
distila|distill||distilahin,distilahan
hanap|find|s|hanapin,hanapan
sisi|blame||sisihin,sisihan
patawad|forgive|s|patawarin,patawaran
tiwala|trust|s|pagkatiwalaan,tiwalain
bukod|separate||ibukod,bukuran
dagit|abduct||dagitin,dagitan
tutok|aim|s|itutok,tutukan
putok|fire|s|iputok,putukan
kalabit|pull the trigger|s|kalabitin,kalabitan
karga|load|s|kargahan,ikarga
tira|shoot||tirahin,tiraan
ubos|use up|s|ubusin,ubusan
lamon|devour|s|lamunin,lamunan
sunggab|grab|s|sunggaban,sunggabin
pilit|force|s|pilitin,pilitan
pwersa|force|s|pwersahin,pwersahan
pigil|restrain||pigilan,pigilin
buksan|open||buksan,buksan
sara|shut||isara,sarhan
pindot|press|s|pindutin,pindutan
click|click||i-click,clickin
type|type||i-type,typein
pasok|log in|s|pasukin,pasukan
gawa-gawa|make up||gawa-gawain,gawa-gawaan
imbento|make up|s|imbentuhin,imbentuhan
ipon|collect||ipunin,ipunan
tipon|gather|s|tipunin,tipunan
kolekta|collect|s|kolektahin,kolektahan
kalap|gather|s|kalapin,kalapan
sulsol|incite|s|sulsulan,isulsol
udyok|incite|s|udyukan,iudyok
hikayat|persuade|s|hikayatin,hikayatan
kumbinsi|convince|s|kumbinsihin,kumbinsihan
akit|lure||akitin,akitan
linlang|deceive|s|linlangin,linlangan
dayà|cheat||dayain,dayaan
lamang|take advantage||lamangan,lamangin
samantala|exploit||samantalahin,samantalahan
abuso|abuse|s|abusuhin,abusuhan
babala|warn|s|babalaan,ibabala
payo|advise||payuhan,ipayo
rekomenda|recommend|s|irekomenda,rekomendahan
lista|list||ilista,listahan
buod|summarize||buurin,ibuod
paikli|shorten||paikliin,paiklian
pahaba|lengthen||pahabain,pahabaan
ulit|repeat||ulitin,ulitan
tuloy|continue||ituloy,tuluyan
wasto|correct||iwasto,wastuhin
tama|correct||itama,tamaan
pabuti|improve||pabutihin,pabutihan
ganda|beautify||pagandahin,gandahan
bilis|speed up||bilisan,pabilisin
bagal|slow down||bagalan,pabagalin
lakas|strengthen||lakasan,palakasin
hina|weaken||hinaan,pahinain
payat|lose weight||payatin,papayatin
taba|gain weight||tabain,patabain
ehersisyo|exercise|s|iehersisyo,ehersisyuhin
"""
VERBS += """
gana|work|
tuto|learn||
tunton|trace|s|tuntunin,tuntunan
regalo|give a gift|s|iregalo,regaluhan
bakasyon|vacation|s|bakasyunin,bakasyunan
dating|arrive||datnan,datingin
sali|join||salihan,isali
kuha|take||kunin,kunan
pakita|show||ipakita,pakitaan
kita|see||kitain,kitaan
tanim|plant|s|itanim,taniman
hugot|pull out||hugutin,hugutan
tulo|drip||tuluin,tuluan
sindi|light||sindihan,isindi
bukas|open||buksan,ibukas
lapit|approach||lapitan,ilapit
layo|move away||layuan,ilayo
tawid|cross||tawirin,tawiran
hiling|request|s|hilingin,hilingan
dasal|pray|s|ipagdasal,dasalan
samba|worship||sambahin,sambahan
sulyap|glance||sulyapan,sulyapin
silip|peek|s|silipin,silipan
sipsip|suck||sipsipin,sipsipan
kagat|bite|s|kagatin,kagatan
kamot|scratch||kamutin,kamutan
hampas|hit|s|hampasin,hampasan
sampal|slap|s|sampalin,sampalan
tadyak|kick|s|tadyakan,tadyakin
dura|spit||duraan,iduraan
ihi|urinate||ihian,iihi
tae|defecate||taehan,taein
suka|vomit||sukahan,isuka
ubo|cough||uubuhin,ubuhan
hilo|get dizzy||hiluhin,hiluhan
taya|bet||itaya,tayaan
"""
VERBS += """
sama|accompany||samahan,isama
hirap|struggle|s|pahirapan,hirapan
gulo|confuse||guluhin,guluhan
wala|lose||iwala,walain
paalam|say goodbye|s|ipaalam,paalaman
tamad|be lazy||tamarin,tamaran
ingay|make noise||ingayan,ingayin
sarap|enjoy||sarapan,sarapin
puslit|smuggle|s|ipuslit,puslitan
bomba|bomb||bombahin,bombahan
pila|queue||pilahan,ipila
panganak|give birth||ipanganak,panganakan
kasal|marry||ikasal,kasalan
binyag|baptize|s|binyagan,ibinyag
tulak|push||itulak,tulakan
sakit|get sick||sakitin,sakitan
lungkot|be sad||lungkutin,lungkutan
saya|be happy||sayahin,sayahan
takot|fear|s|takutin,katakutan
ligaw|court||ligawan,iligaw
selos|be jealous||selosan,seloshin
hiya|be ashamed||hiyain,ikahiya
pagod|tire||pagurin,pagudan
kulit|pester||kulitin,kulitan
asar|tease||asarin,asaran
inis|annoy||inisin,inisan
gutom|starve||gutumin,gutuman
uhaw|thirst||uhawin,uhawan
tira|live||tirahan,tirhan
ipon|save||ipunin,ipunan
"""

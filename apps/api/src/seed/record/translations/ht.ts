import type { RecordTranslation } from './types.js';

/** Haitian Creole (machine translation, to be reviewed by a person in the console). */
export const ht: RecordTranslation = {
  commitments: {
    'lad-2022-BZ-01': {
      title: 'Pwogram regilarizasyon pou migran ki soti Amerik Santral ak nan peyi CARICOM yo',
      description:
        'Apati mwa out 2022, Beliz ap mete sou pye yon pwogram pou regilarize migran ki soti Amerik Santral ak nan peyi CARICOM yo, ki te viv nan Beliz san estati legal pandan yon peryòd ki fikse.',
    },
    'lad-2022-CO-01': {
      title: 'Finalizasyon estati pwoteksyon tanporè pou Venezwelyen ki deplase yo',
      description:
        'Kolonbi ap fin mete estati pwoteksyon tanporè li an aplikasyon pou Venezwelyen ki deplase yo. Rive 10 jen 2022, plis pase 1,2 milyon moun te deja resevwa dokiman regilarizasyon, e objektif la se 1,5 milyon pèmi an tout rive fen mwa out 2022.',
    },
    'lad-2022-CR-01': {
      title: 'Renouvèlman kategori espesyal pwoteksyon tanporè pou Venezwelyen, Nikaragwayen ak Kiben',
      description:
        'Kosta Rika ap planifye yon renouvèlman kategori espesyal pwoteksyon konplemantè tanporè pou Venezwelyen, Nikaragwayen ak Kiben ki te rive anvan mas 2020. Renouvèlman an depann si yo jwenn finansman. Kosta Rika ap reyini tou yon gwoup travay entènasyonal pou chèche sipò dirèk ak lajan pou sa.',
    },
    'lad-2022-EC-01': {
      title: 'Estati regilye pou Venezwelyen ki te antre pa yon pò antre ofisyèl',
      description:
        'Yon dekrè egzekitif louvri estati regilye pou Venezwelyen ki te antre pa yon pò antre ofisyèl men ki kounye a pa an règ ankò. Li kouvri timoun ki pa akonpaye oswa ki separe ak fanmi yo, li gen ladan l yon amnisti migratwa e li bay dokiman idantite. Ekwatè gen entansyon elaji l pou tout Venezwelyen. Sous yo pa dakò sou gwosè pwogram nan: kont randi Mezon Blanch 27 septanm 2022 la di se yon okazyon pou plis pase 500 000 Venezwelyen ki deplase; yon rapò 16 novanm 2022 bay yon objektif omwen 350 000 moun nan premye faz la; ofisyèl Mezon Blanch yo te di 6 me 2024 pwogram nan te bay 100 000 moun estati legal.',
    },
    'lad-2022-US-01': {
      title: '25 milyon dola anplis pou Global Concessional Financing Facility Bank Mondyal la',
      description:
        'Ansanm ak Kongrè a, Etazini ap ajoute 25 milyon dola nan Global Concessional Financing Facility (GCFF) Bank Mondyal la. Priyorite a ale pou peyi Amerik Latin tankou Ekwatè ak Kosta Rika, pou enskripsyon migran yo, sèvis sosyal, entegrasyon ak kominote k ap akeyi yo.',
    },
    'lad-2022-US-02': {
      title: 'Plis pase 314 milyon dola finansman imanitè ak devlopman pou refijye ak migran',
      description:
        'Plis pase 314 milyon dola nouvo finansman imanitè ak devlopman PRM ak USAID pou refijye ak migran ki vilnerab, sa gen ladan l entegrasyon ak èd pou Venezwelyen nan 17 peyi.',
    },
    'lad-2022-CA-01': {
      title: 'Reyenstalasyon jiska 4 000 refijye ki soti nan Amerik yo rive 2028',
      description:
        'Kanada pral ogmante reyenstalasyon refijye ki soti nan Amerik yo, ak objektif jiska 4 000 moun rive 2028, e li pral ankouraje chemen regilye nan rejyon an, tankou rekritman nan Pwogram Imigrasyon Frankofòn nan (pa egzanp pou Ayisyen). Sous yo pa dakò sou fason yo di sa: fich enfòmasyon Mezon Blanch 10 jen 2022 la di “jiska 4 000 moun rive 2028” anba reyenstalasyon refijye; The Canadian Press (10 jen 2022) di “4 000 migran anplis”.',
    },
    'lad-2022-CA-02': {
      title: '26,9 milyon dola pou kapasite migrasyon ak pwoteksyon nan Amerik Latin ak Karayib la',
      description:
        '26,9 milyon dola an 2022-2023 pou ranfòse kapasite nan migrasyon ak pwoteksyon nan Amerik Latin ak Karayib la. Itilizasyon: entegrasyon, jesyon fwontyè ak migrasyon, pwoteksyon dwa moun, egalite ant fanm ak gason, ak lit kont fè pasaj migran an kachèt ak kont trafik moun.',
    },
    'lad-2022-CA-03': {
      title: 'Plis pase 50 000 travayè agrikòl ki soti Meksik, Gwatemala ak Karayib la an 2022',
      description:
        'Kanada prevwa resevwa plis pase 50 000 travayè agrikòl ki soti Meksik, Gwatemala ak Karayib la an 2022.',
    },
    'lad-2022-GT-01': {
      title: 'Pa gen taks sou valè ajoute ni taks sòti sou tikè avyon pou travayè tanporè',
      description:
        'Yon lwa yo te apwouve 1ye jen 2022 retire taks sou valè ajoute ak taks sòti sou tikè avyon pou sitwayen k ap pati ak kontra travay tanporè yo jwenn atravè Ministè Travay la. Li fè pati yon pakèt mezi sou rekritman ekitab ak chemen travay.',
    },
    'lad-2022-MX-01': {
      title: 'Elajisman pwogram Kat Travayè Fwontalye a ak 10 000 a 20 000 benefisyè',
      description:
        'Meksik ap elaji pwogram Kat Travayè Fwontalye a ak 10 000 a 20 000 benefisyè anplis, ak sipò USAID pou rekritman etik. Sous yo pa dakò sou gwosè a: fich enfòmasyon Mezon Blanch 10 jen 2022 la bay 10 000 a 20 000 benefisyè anplis; ministè zafè etranjè Meksik (SRE) bay menm fouchèt la pou chak ane e li di sa double pwogram nan.',
    },
    'lad-2022-MX-02': {
      title: 'Pwogram travay tanporè pou 15 000 a 20 000 travayè Gwatemalteyen chak ane',
      description:
        'Yon nouvo pwogram travay tanporè ap bay 15 000 a 20 000 travayè Gwatemalteyen travay nan Meksik chak ane. Objektif la se elaji l pou Ondiras ak Salvadò a mwayen tèm.',
    },
    'lad-2022-MX-03': {
      title: 'Plasman 20 000 refijye ki rekonèt nan travay fòmèl sou twa ane',
      description:
        'Meksik ap plase 20 000 refijye ki rekonèt nan mache travay fòmèl Meksik la sou twa ane, ansanm ak HCR ak konpayi prive, nan rejyon ki manke travayè.',
    },
    'lad-2022-MX-04': {
      title: 'De gwoup travay ak Etazini: dwa travayè ak minè k ap deplase',
      description:
        'Meksik ap mete sou pye de gwoup travay ak Etazini: youn sou dwa travay travayè Meksiken yo ak sou pwogram viza ki pi laj, youn sou pwoteksyon minè k ap deplase.',
    },
    'lad-2022-US-03': {
      title:
        'Pwojè pilòt USDA 65 milyon dola pou fèm ki anboche travayè H-2A ki soti nan pati nò Amerik Santral',
      description:
        'Etazini ap kòmanse devlope yon pwojè pilòt USDA 65 milyon dola, finanse pa American Rescue Plan, ki bay sibvansyon pou fèm ameriken ki anboche travayè ki soti nan pati nò Amerik Santral ak viza H-2A, avèk pwoteksyon siplemantè pou travayè yo. Akò koperasyon ak United Farm Workers.',
    },
    'lad-2022-US-04': {
      title: '11 500 viza sezonye H-2B anplis pou pati nò Amerik Santral ak Ayiti',
      description:
        '11 500 viza sezonye H-2B anplis pou travay ki pa nan agrikilti, rezève pou sitwayen pati nò Amerik Santral ak Ayiti. DHS ak DOL te pibliye yo nan fen mwa me 2022 pou ane fiskal la, ak nouvo kontwòl sou patwon yo.',
    },
    'lad-2022-US-05': {
      title: 'Gid sou rekritman ekitab travayè migran tanporè',
      description:
        'Gid DOL sou pratik rekritman ekitab pou travayè migran tanporè (pwogram H-2 yo), ak sipò Walmart.',
    },
    'lad-2022-US-06': {
      title: 'Reyenstalasyon 20 000 refijye ki soti nan Amerik yo nan ane fiskal 2023 ak 2024',
      description:
        'Etazini pral reyenstale 20 000 refijye ki soti nan Amerik yo nan ane fiskal 2023 ak 2024, sa ki fè twa fwa nivo ane sa a.',
    },
    'lad-2022-US-07': {
      title: 'Plis referans refijye Ayisyen nan Pwogram Admisyon Refijye Etazini an',
      description: 'Etazini ap aksepte plis referans refijye Ayisyen nan USRAP.',
    },
    'lad-2022-US-08': {
      title: 'Rekòmansman ak elajisman pwogram Haitian Family Reunification Parole la',
      description:
        'Etazini ap rekòmanse pwogram Haitian Family Reunification Parole la epi l ap elaji patisipasyon an, ak nouvo envitasyon yo atann nan kòmansman otòn 2022. Depatman Deta ap akselere tretman viza imigran pou Ayisyen e l ap diminye dosye ki an reta nan Anbasad ameriken nan Pòtoprens.',
    },
    'lad-2022-US-09': {
      title: 'Rekòmansman pwogram Cuban Family Reunification Parole la',
      description:
        'Etazini ap rekòmanse pwogram Cuban Family Reunification Parole la: tretman dosye apati ete 2022, entèvyou nan Kiba rive kòmansman otòn.',
    },
    'lad-2022-ES-01': {
      title: 'De fwa plis chemen travay pou Ondiryen nan pwogram migrasyon sikilè Espay yo',
      description:
        'Espay, yon Eta obsèvatè, te pwomèt pou l double kantite chemen travay pou Ondiryen nan pwogram migrasyon sikilè li yo.',
    },
    'lad-2022-US-10': {
      title: 'Kanpay sou tout emisfè a kont fè pasaj migran an kachèt',
      description:
        'Kanpay sou tout emisfè a kont fè pasaj migran an kachèt. DHS te voye plis pase 1 300 anplwaye an ranfò e li te envesti plis pase 50 milyon dola. Rive fen mwa me 2022, yo te anrejistre anviwon 20 000 aksyon pou dezòganize rezo yo, e DHS estime gen 900 mwens moun k ap rive chak jou sou fwontyè Sidwès la.',
    },
    'lad-2022-US-11': {
      title: 'Pwosesis azil pi rapid pou moun ki nan pwosedi ranvwa akselere',
      description:
        'Nouvo pwosesis azil DHS/DOJ pou moun ki nan pwosedi ranvwa akselere (li te kòmanse nan fen mwa me 2022), ki fèt pou diminye tan yon dosye soti plizyè ane pou rive kèk mwa.',
    },
    'lad-2022-US-12': {
      title: 'Plis pase 240 milyon dola nouvo èd imanitè ak sekirite yo te anonse nan Lima',
      description:
        'Nan Lima: plis pase 240 milyon dola nouvo èd imanitè ak sekirite Depatman Deta (prèske 82 milyon dola imanitè, plis pase 160 milyon dola bilateral/rejyonal). Ak prèske 575 milyon dola yo te anonse depi 21 septanm 2022, Depatman Deta ak USAID rive prèske 817 milyon dola an tout pou mwa a.',
    },
    'lad-2022-PY-01': {
      title: 'Pataj bon pratik ak yon fèy wout sou trafik moun ak aliyman viza',
      description:
        'Nan Lima, direktè migrasyon Paragwe te pwomèt pou l pataje bon pratik epi prepare yon fèy wout sou trafik moun ak sou aliyman politik viza ak dokiman vwayaj.',
    },
    'lad-2023-CA-01': {
      title: 'Akèy anviwon 15 000 migran ki soti nan Amerik yo pa chemen legal',
      description:
        'Kanada te pwomèt pou l resevwa anviwon 15 000 migran ki soti nan Emisfè Lwès la pa chemen legal; yo te anonse sa ansanm ak Akò Twazyèm Peyi An Sekirite ant Etazini ak Kanada a, ki te elaji. Fich enfòmasyon Deklarasyon an ki te vin apre yo rele sa angajman Kanada pou akeyi 15 000 migran ki soti nan Amerik yo.',
    },
    'lad-2023-CA-02': {
      title: 'Chemen imanitè pou rezidans pèmanan pou jiska 11 000 Kolonbyen, Ayisyen ak Venezwelyen',
      description:
        'Kòm yon pati nan 15 000 yo: yon nouvo chemen imanitè pou rezidans pèmanan pou jiska 11 000 Kolonbyen, Ayisyen ak Venezwelyen ki nan Amerik Santral oswa Amerik di Sid, oswa nan Karayib la, e ki gen fanmi elaji nan Kanada. Demann apati otòn 2023. Anplis, 4 000 travayè etranje tanporè anplis ki soti nan rejyon an an 2023, ak itilizasyon Pwojè Pilòt Chemen Mobilite Ekonomik la.',
    },
    'lad-2024-US-01': {
      title: '578 milyon dola asistans imanitè, devlopman ak ekonomik',
      description:
        '578 milyon dola asistans imanitè, devlopman ak ekonomik, pou bezwen ijan, chemen legal, ak regilarizasyon ak entegrasyon migran yo.',
    },
    'lad-2024-US-02': {
      title: 'Restriksyon viza sou dirijan konpayi maritim ki fasilite migrasyon iregilye',
      description:
        'Restriksyon viza (6 me 2024) sou dirijan plizyè konpayi transpò maritim Kolonbyen ki fasilite migrasyon iregilye. Sa elaji restriksyon ki te la anvan yo sou sektè vòl charter ak sou konpayi transpò pa tè, pa lanmè ak pa lè.',
    },
    'lad-2024-US-03': {
      title: 'Plis resous pou sekirite, kontwòl ak verifikasyon nan pò Gwatemala yo',
      description:
        'Etazini ap voye plis resous bay Gwatemala pou ranfòse sekirite, kontwòl ak verifikasyon nan pò sou tè, nan ayewopò ak nan pò maritim yo.',
    },
    'lad-2024-US-04': {
      title: 'Pi gwo sansibilizasyon piblik sou aplikasyon CBP One lan',
      description:
        'Etazini ap elaji sansibilizasyon piblik sou aplikasyon CBP One lan. Plis pase 547 000 moun te itilize l pou prezante tèt yo nan pò antre yo soti janvye 2023 rive fen mwa mas 2024.',
    },
    'lad-2024-US-05': {
      title: 'Lansman alyans mobilite travay “Labor Neighbors” pou Amerik yo',
      description:
        'USAID pral lanse "Alianza de Movilidad Laboral para las Américas" ("Labor Neighbors"), pou bay èd teknik pou nouvo peyi orijin ak nouvo peyi destinasyon ka itilize chemen travay tanporè.',
    },
    'lad-2024-US-06': {
      title: '3 milyon dola pou pwoteje travayè nan pwogram travayè etranje tanporè Etazini yo',
      description:
        'Pwojè 3 milyon dola DOL pou pwoteje travayè nan pwogram travayè etranje tanporè Etazini yo. Etazini antre nan Inisyativ Rekritman Ekitab OIT a ak nan Komite Konsiltatif li.',
    },
    'lad-2024-US-07': {
      title: 'Prè 20 milyon dola DFC pou ipotèk moun ki gen ti revni nan zòn riral Gwatemala',
      description:
        'DFC te apwouve yon prè dirèk 20 milyon dola bay kooperativ epay Cosami pou ipotèk moun ki gen ti revni nan zòn riral Gwatemala.',
    },
    'lad-2024-US-08': {
      title: 'Platfòm sou entènèt ak pòtay done OIM pou Deklarasyon an',
      description:
        'Etazini te finanse lansman platfòm sou entènèt ak pòtay done OIM pou Deklarasyon an, pou pataje bon pratik ak done. Sous la di sa te deja fèt.',
    },
    'lad-2024-US-09': {
      title: 'Travay pou yon sekretarya pèmanan, ki dirije pa rejyon an, pou Deklarasyon an',
      description:
        'Etazini ap travay ak patnè yo pou rive nan yon sekretarya pèmanan, ki dirije pa rejyon an, pou Deklarasyon an. The Associated Press (7 me 2024) ajoute peyi ki andose yo te di yo ta kreye yon estrikti kowòdinasyon pou evalye pwogrè chak peyi.',
    },
    'lad-2024-CR-01': {
      title: 'Patenarya pou pataje done byometrik ak yon memorandòm kont trafik moun',
      description:
        'Nouvo Patenarya pou Pataje Done Byometrik ak Etazini (DHS) pou amelyore koleksyon done byometrik, konparezon done yo ak jesyon fwontyè, plis yon memorandòm dakò Etazini–Kosta Rika sou lit kont trafik moun.',
    },
    'lad-2024-CR-02': {
      title: 'Biwo Mobilite An Sekirite nan Kosta Rika louvri pou Ekwatoryen',
      description:
        'Ansanm ak Etazini: Biwo Mobilite An Sekirite nan Kosta Rika yo ap aksepte Ekwatoryen tou.',
    },
    'lad-2024-CR-03': {
      title: 'Modènizasyon sistèm azil la ap kontinye',
      description:
        'Kosta Rika ap kontinye modènize sistèm azil li (dijitalizasyon, zouti ki baze sou done, detèminasyon estati refijye pi rapid) ak sipò HCR ak donatè yo.',
    },
    'lad-2024-CR-04': {
      title: 'Elajisman chemen regilarizasyon Kategori Espesyal Tanporè a',
      description:
        'Kosta Rika ap elaji chemen regilarizasyon Kategori Espesyal Tanporè a epi diminye baryè pou jwenn aksè, ak èd entènasyonal ki ap kontinye.',
    },
    'lad-2024-GT-01': {
      title: 'Biwo Mobilite An Sekirite nan Gwatemala louvri pou Ondiryen, Salvadoryen ak Nikaragwayen',
      description:
        'Ansanm ak Etazini, Gwatemala ap louvri Biwo Mobilite An Sekirite nan Gwatemala yo pou Ondiryen, Salvadoryen ak Nikaragwayen ki nan Gwatemala. The Associated Press (7 me 2024) note biwo sa yo te sèvi Gwatemalteyen sèlman.',
    },
    'lad-2024-MX-01': {
      title: 'Travay ak pèmi travay pou migran Ayisyen: yon pwojè pilòt',
      description:
        'Pwojè pilòt ak Anbasad Ayiti, OIM ak Tent Partnership ki ofri travay ak pèmi travay bay migran Ayisyen. Menm sous la rapòte plis pase 17 500 viza tanporè yo bay depi 2022 a moun k ap chèche pwoteksyon entènasyonal, pou ranpli mank mendèv.',
    },
    'lad-2024-CA-01': {
      title:
        'Resepsyon referans Biwo Mobilite An Sekirite yo ak envestisman 75 milyon dola kanadyen nan sistèm pwoteksyon rejyonal yo',
      description:
        'Kanada ap resevwa referans HCR ki soti nan Biwo Mobilite An Sekirite yo. L ap envesti 75 milyon dola kanadyen sou sis ane nan pwojè ki ranfòse sistèm migrasyon ak pwoteksyon nan rejyon an.',
    },
    'lad-2024-EC-01': {
      title: 'Nouvo pwogram regilarizasyon ki mennen nan viza rezidan tanporè',
      description:
        'Nouvo pwogram regilarizasyon: moun ki deja anrejistre ka fin fè demach pou jwenn yon viza rezidan tanporè, e plis migran ka aplike.',
    },
    'lad-2024-CO-01': {
      title: 'Pèmi espesyal pou paran ak titè timoun ki gen pwoteksyon tanporè, ak yon viza pèmanan espesyal',
      description:
        'Pèmi espesyal pou paran ak titè legal timoun ki gen yon Estati Pwoteksyon Tanporè ki valab, plis yon nouvo viza pèmanan espesyal pou migran Amerik Latin ak Karayib la ki pa gen estati. Gouvènman an estime jiska 600 000 benefisyè. Sous yo pa dakò sou kantite a: fich enfòmasyon Mezon Blanch 7 me 2024 la bay jiska 600 000 pou pèmi yo ak viza a ansanm; fich enfòmasyon 26 septanm 2024 la bay anviwon 600 000 paran ak titè sèlman; yon rapò 18 jen 2024 di PEP Tutor a konsène titè plis pase 270 000 timoun.',
    },
    'lad-2024-MX-02': {
      title: 'Memorandòm koperasyon konsilè avèk Gwatemala ak Ondiras',
      description:
        'Memorandòm dakò avèk Gwatemala ak Ondiras sou koperasyon konsilè, pwoteksyon ak asistans pou kominote migran yo, yo te siyen an marj reyinyon minis yo nan Gwatemala.',
    },
    'lad-2024-GT-02': {
      title: 'Memorandòm koperasyon konsilè avèk Meksik ak Ondiras',
      description: 'Menm memorandòm dakò konsilè ant twa peyi a (Meksik, Gwatemala, Ondiras).',
    },
    'lad-2024-HN-01': {
      title: 'Memorandòm koperasyon konsilè avèk Meksik ak Gwatemala',
      description: 'Menm memorandòm dakò konsilè ant twa peyi a (Meksik, Gwatemala, Ondiras).',
    },
    'lad-2024-US-10': {
      title: 'Plis pase 686 milyon dola nouvo èd, tankou 83 milyon dola pou reyenstalasyon ak lòt chemen',
      description:
        'Plis pase 686 milyon dola nouvo èd imanitè, devlopman, ekonomik ak sekirite, sa ki fè angajman LAD Etazini yo an 2024 depase 1,2 milya dola. Ladan l, 83 milyon dola ale pou reyenstale plis refijye ak pou refere migran nan lòt chemen, tankou travay tanporè.',
    },
    'lad-2024-US-11': {
      title: 'Restriksyon viza sou dirijan ajans vwayaj ki fasilite migrasyon ilegal',
      description:
        'Lòt restriksyon viza (24 septanm 2024) sou dirijan ajans vwayaj an Ewòp, an Afrik ak nan Mwayen Oryan ki fasilite migrasyon ilegal konsyamman.',
    },
    'lad-2024-US-12': {
      title: 'Sanksyon sou rezo fè pasaj migran an kachèt',
      description:
        'Sanksyon sou uit rezo fè pasaj migran an kachèt (plis pase 30 moun ak antite) jiska kounye a. 24 septanm 2024, OFAC te deziyen afilye Clan del Golfo ki kontwole mouvman moun ki travèse Darién, e Kolonbi ofri yon rekonpans 50 milyon peso pou de moun yo rechèche yo. Sous la di sa te deja fèt.',
    },
    'lad-2024-PA-01': {
      title: 'Pwojè pilòt ranvwa, apre evalyasyon pwoteksyon, pou etranje ki pa gen okenn baz legal pou rete',
      description:
        'Ak finansman Etazini, Panama ap fè yon pwojè pilòt ranvwa pou etranje ki pa gen okenn baz legal pou rete, apre evalyasyon pwoteksyon. Fich enfòmasyon katriyèm reyinyon minis yo rapòte plizyè santèn moun yo deja ranvwaye.',
    },
    'lad-2024-GT-03': {
      title: 'Kontwòl byometrik vwayajè k ap rive nan Ayewopò Entènasyonal La Aurora',
      description:
        'Ak sipò Etazini, nouvo pwogram byometrik nan Ayewopò Entènasyonal La Aurora ki verifye vwayajè k ap rive yo nan baz done sekirite Etazini yo prèske an tan reyèl.',
    },
    'lad-2024-GT-04': {
      title: 'Rezo fè pasaj migran an kachèt ki gen lyen ak trajedi San Antonio a kraze',
      description:
        'Nan mwa out 2024, ak sipò Depatman Jistis ak Depatman Sekirite Enteryè Etazini, lapolis Gwatemala te kraze yon rezo fè pasaj migran an kachèt ki baze nan Gwatemala, ki gen lyen ak lanmò 53 migran nan yon kamyon semi-remòk nan San Antonio, Texas (jen 2022). Sous la di sa te deja fèt.',
    },
    'lad-2024-BZ-01': {
      title: 'Pwogram travayè migran sezonye pou agrikilti ak konstriksyon',
      description: 'Beliz ap mete sou pye yon pwogram travayè migran sezonye pou agrikilti ak konstriksyon.',
    },
    'lad-2024-CA-02': {
      title: 'Mobilite travay atravè Pwojè Pilòt Chemen Mobilite Ekonomik la',
      description: 'Kanada ap sipòte mobilite travay atravè Pwojè Pilòt Chemen Mobilite Ekonomik la.',
    },
    'lad-2024-EC-02': {
      title: 'Yon inite mobilite travay',
      description: 'Ekwatè ap kreye yon inite mobilite travay ak sipò Etazini.',
    },
    'lad-2024-CR-05': {
      title: 'Biwo Mobilite An Sekirite nan Kosta Rika ap rete louvri jiska desanm 2025',
      description:
        'Ansanm ak Etazini: Biwo Mobilite An Sekirite nan Kosta Rika yo ap rete louvri jiska desanm 2025, e elijibilite a ap louvri pou sitwayen peyi elijib ki te nan Kosta Rika 15 septanm 2024 oswa anvan dat sa a.',
    },
    'lad-2024-AR-01': {
      title: 'Mekanis espesyal admisyon ak regilarizasyon pou Venezwelyen',
      description:
        'Mekanis espesyal admisyon ak regilarizasyon pou Venezwelyen: yo aksepte dokiman idantite ki ekspire nan 10 dènye ane yo, e deklarasyon sou sèman ka ranplase papye idantite oswa papye dosye kriminèl ki manke.',
    },
    'lad-2024-CA-03': {
      title: 'Pwogram pou etidyan kominote minoritè frankofòn ak sèvis enstalasyon',
      description:
        'Nouvo pwogram pou etidyan kominote minoritè frankofòn ki bay patisipan yo sèvis enstalasyon pandan y ap etidye.',
    },
    'lad-2024-EC-03': {
      title: 'Pwolongasyon regilarizasyon jiska avril 2025 ak renouvèlman viza de ane yo',
      description:
        'Ekwatè ap pwolonje regilarizasyon jiska avril 2025 (anviwon 100 000 Venezwelyen) e l ap renouvle prèske 95 000 viza de ane yo te deja bay. Etazini ap ede debloke plis prè Bank Mondyal pou pwojè Filè Sekirite Sosyal Ekwatè a, ki sipòte 450 000 Venezwelyen ki nan peyi a. Sous yo pa dakò: fich enfòmasyon katriyèm reyinyon minis yo (26 septanm 2024) bay anviwon 100 000 Venezwelyen jiska avril 2025; deklarasyon Mezon Blanch 17 septanm 2024 yo di Ekwatè te pwolonje regilarizasyon an nan mwa out 2024 pou 200 000 migran anplis.',
    },
    'lad-2024-MX-03': {
      title: 'Sant Tretman Miltifonksyon nan Chiapas',
      description:
        'Meksik ap louvri yon Sant Tretman Miltifonksyon nan Chiapas pou akselere tretman dosye moun k ap chèche refij epi pou yo ka jwenn sèvis finansye, sante ak edikasyon.',
    },
    'lad-2024-PA-02': {
      title: 'Estati legal ak otorizasyon travay pou migran k ap viv an sitiyasyon iregilye nan Panama',
      description:
        'Panama gen entansyon kòmanse yon pwosesis pou migran k ap viv an sitiyasyon iregilye nan Panama ka mande estati legal ak otorizasyon travay.',
    },
    'lad-2024-PE-01': {
      title: 'Dokimantasyon timoun ak adolesan migran nan lekòl piblik yo',
      description:
        'Ansanm ak ajans Nasyonzini yo, Pewou ap bay priyorite a dokimantasyon timoun ak adolesan migran nan lekòl piblik yo, pou pwoteksyon ak sèvis debaz rive jwenn yo ak fanmi yo tou.',
    },
    'lad-2024-UY-01': {
      title: 'Estati legal pou moun ki pa sitwayen ki gen demann azil ki poko jwenn desizyon',
      description:
        'De dekrè ki bay estati legal a anviwon 25 500 moun ki pa sitwayen, ki gen demann azil ki poko jwenn desizyon e ki ta gen anpil chans pou yo rejte. Sous yo pa dakò: fich enfòmasyon katriyèm reyinyon minis yo (26 septanm 2024) pale de de dekrè ak anviwon 25 500 moun; Telenoche (16 me 2024) rapòte yon sèl dekrè ki kreye “residencia por arraigo” pou anviwon 20 000 moun, sitou Kiben.',
    },
    'lad-2024-CO-02': {
      title: 'Prezidans Deklarasyon an pandan yon ane ak òganizasyon senkyèm reyinyon minis yo',
      description:
        'Kolonbi ap pran Prezidans Peyi Deklarasyon an, ki fèt an wotasyon, pou ane ki vin apre a, e l ap resevwa senkyèm reyinyon minis yo an 2025. Se PADF ak OEA ki pral jere sekretarya a li menm. Sous yo pa dakò sou wòl Kolonbi: fich enfòmasyon ak deklarasyon Mezon Blanch 25–26 septanm 2024 yo pale de yon Prezidans Peyi an wotasyon, ak yon sekretarya PADF ak OEA ap jere; anbasad Kolonbi nan Etazini rele Kolonbi “premye prezidan ak premye sekretarya”.',
    },
    'lad-2024-EC-04': {
      title: 'Obligasyon viza pou sitwayen Chinwa',
      description:
        'Yon obligasyon viza pou sitwayen Chinwa, yo te anonse an jiyè 2024. Mezon Blanch di se sa ki fè kantite sitwayen sa yo k ap rive nan Panama ak k ap travèse Panama bese 95%. Sous la di sa te deja fèt.',
    },
    'lad-2024-BR-01': {
      title: 'Restriksyon sou antre sitwayen Endyen ak lòt nasyonalite',
      description:
        'Restriksyon yo te enpoze nan mwa out 2024 sou antre sitwayen Endyen ak lòt nasyonalite. Sous la di sa te deja fèt.',
    },
  },
  progress: {
    'lad-2022-BZ-01-p1':
      'Beliz te lanse pwogram regilarizasyon li pou migran ak refijye ki soti Amerik Santral ak Karayib la e ki pa gen estati.',
    'lad-2022-BZ-01-p2':
      'Nan reyinyon minis yo nan Lima, Beliz te rapòte yon pwogram amnisti k ap anrejistre moun k ap mande azil, refijye ak migran ki vilnerab. Rès pwen sa a manke nan kopi fich enfòmasyon yo te ka li yo.',
    'lad-2022-BZ-01-p3':
      'Pwogram Amnisti a (ki te louvri nan mwa out 2022, e yo te pwolonje jiska fevriye 2023) te fèmen ak 12 765 demann ki soti nan 32 nasyonalite, pandan objektif la te anviwon 60 000. Yo te prevwa verifikasyon dosye yo ta fini rive 31 mas 2024; gouvènman an di li depanse anviwon 3 milyon dola.',
    'lad-2022-CO-01-p1':
      'Minis zafè etranjè Kolonbi te site 1 748 945 benefisyè Estati Pwoteksyon Tanporè a ak 2 508 242 Venezwelyen nan peyi a (yon sous segondè rapòte sa).',
    'lad-2022-CO-01-p2':
      'Kolonbi te bay plis pase 2 milyon migran estati legal pou 10 an, e nan mwa avril 2024 li te elaji elijibilite a pou migran ki gen pitit ki enskri lekòl.',
    'lad-2022-CR-01-p1':
      'Kosta Rika parèt sou lis peyi k ap aplike nouvo politik regilarizasyon oswa pwoteksyon tanporè.',
    'lad-2022-CR-01-p2':
      'Kategori Espesyal Tanporè a te louvri 1ye mas 2023 pou Nikaragwayen, Venezwelyen ak Kiben ki gen demann azil, depoze ant 1ye janvye 2010 ak 30 septanm 2022, ki poko jwenn desizyon oswa ki te rejte. Randevou apati 15 avril.',
    'lad-2022-CR-01-p3':
      '8 427 etranje te aplike ant 17 avril 2023 ak 24 janvye 2024, e yo te apwouve 4 014 demann Nikaragwayen. Dat limit pou depoze demann te 29 fevriye 2024 (Dekrè Egzekitif 43809).',
    'lad-2022-EC-01-p1':
      'Ekwatè te lanse pwogram regilarizasyon pou Venezwelyen yo, yo te dekri kòm yon okazyon pou plis pase 500 000 Venezwelyen ki deplase.',
    'lad-2022-EC-01-p2':
      'Dapre Dekrè 436, 17 160 moun te resevwa viza VIRTE sou 31 000 moun ki te aplike. Objektif la se omwen 350 000 moun regilarize nan premye faz la, ki dire jiska out 2023.',
    'lad-2022-EC-01-p3':
      'Dekrè 698 (siyen 22 mas 2023) elaji viza VIRTE a ak yon amnisti, pou 8 mwa, pou sitwayen lòt peyi ki te antre regilyèman rive 16 septanm 2022 e ki te anrejistre dapre Dekrè 436 (1ye jen 2022).',
    'lad-2022-EC-01-p4':
      'Ofisyèl Mezon Blanch yo te di pwosesis Ekwatè a te bay 100 000 migran estati legal.',
    'lad-2022-US-01-p1':
      'Paj sou Etazini nan sit entènèt LAD la (san dat) di Etazini te idantifye 25 milyon dola pou Global Concessional Financing Facility a, kòm yon pati nan efò li nan kad Deklarasyon an.',
    'lad-2022-US-02-p1':
      'Paj sou Etazini nan sit entènèt LAD la (san dat) di Etazini te rezève ofisyèlman plis pase 314 milyon dola: prèske 103 milyon dola nan PRM pou Venezwelyen; 171 milyon dola nan USAID/BHA pou Venezwelyen nan Brezil, Kolonbi, Ekwatè, Pewou ak anndan Venezwela; 40 milyon dola nan USAID/LAC pou entegrasyon nan Kolonbi, Ekwatè, Brezil, Kosta Rika, Panama ak Beliz.',
    'lad-2022-US-04-p1':
      'Etazini te double apeprè viza travay sezonye pou pati nò Amerik Santral ane sa a, e li te elaji pwogram nan anpil pou Meksiken.',
    'lad-2022-US-06-p1':
      'Etazini te reyafime jiska 20 000 refijye ki soti nan Amerik Latin ak Karayib la nan ane fiskal 2023 ak 2024, sa ki mete l sou wout pou plis pase triple admisyon ki soti nan Emisfè Lwès la nan ane fiskal 2023.',
    'lad-2022-US-06-p2':
      'Plafon refijye ane fiskal 2024 la, ki se 125 000, bay Amerik Latin ak Karayib la 35 000 a 50 000 plas.',
    'lad-2022-US-06-p3':
      'Plis pase 21 000 moun te deja apwouve pou reyenstalasyon nan Etazini atravè Biwo Mobilite An Sekirite nan Gwatemala, Kosta Rika, Kolonbi ak Ekwatè, sou wout pou kantite refijye apwouve ki soti nan rejyon an miltipliye pa sis.',
    'lad-2022-US-06-p4':
      'Kantite refijye reyenstale ki soti nan rejyon an te monte soti anviwon 4 000 an 2022 rive plis pase 30 000 “ane sa a”. Sous yo pa dakò: fich enfòmasyon 26 septanm 2024 la bay plis pase 23 000 nan ane fiskal 2024.',
    'lad-2022-US-06-p5':
      'Plis pase 23 000 refijye Emisfè Lwès la te reyenstale nan ane fiskal 2024 atravè Inisyativ Mobilite An Sekirite a, sa ki fè kat fwa ane fiskal 2023. Chif yo rapòte yo depase pwomès la; sous la pa di angajman an akonpli. Sous yo pa dakò: deklarasyon Mezon Blanch 17 septanm 2024 yo pale de plis pase 30 000 “ane sa a”.',
    'lad-2022-US-07-p1':
      'Reyenstalasyon refijye ki soti nan rejyon an te elaji anpil, tankou pou Ayisyen, Venezwelyen ak Nikaragwayen.',
    'lad-2022-US-09-p1':
      'Pwogram Cuban Family Reunification Parole la te relanse, ak plis anplwaye an ranfò. Anbasad la nan Lavàn te dwe rekòmanse tout tretman viza imigran apati kòmansman 2023, premye fwa depi 2017.',
    'lad-2022-US-10-p1': 'Plis pase 5 000 arestasyon nan senk mwa kanpay kont fè pasaj migran an kachèt.',
    'lad-2022-US-10-p2': 'Plis pase 7 300 arestasyon depi avril 2022 nan kad operasyon an.',
    'lad-2022-ES-01-p1':
      '250 Ondiryen te travay nan rekòt nan Espay dapre akò a an 2022, e yo te atann 569 an 2023.',
    'lad-2022-MX-01-p1':
      'Kat travayè fwontalye yo bay nan premye trimès 2023: 1 747, konpare ak 730 nan premye trimès 2022 (+139%); 1 529 pou Chiapas ak 218 pou Tabasco.',
    'lad-2022-MX-02-p1':
      'Enstiti migrasyon Gwatemala di Gwatemala ak Meksik ap prepare yon pwotokòl, patwon yo te mande, pou yon pwogram viza travay tanporè ki kouvri tout Meksik, e yo atann yon pwopozisyon anvan fen 2025; kat fwontalye ki egziste a kouvri sèlman eta nan sid yo. Sous la pa di si pwogram 2022 pou 15 000 a 20 000 Gwatemalteyen an te kòmanse.',
    'lad-2022-MX-03-p1':
      'Meksik rapòte plis pase 17 500 viza tanporè depi 2022 pou moun k ap chèche pwoteksyon entènasyonal, pou reponn a mank mendèv. Lyen ant chif sa a ak angajman sa a se entèpretasyon pa nou; sous la pa fè lyen sa a.',
    'lad-2023-CA-01-p1':
      'Kanada di li sou bon wout pou atenn objektif 4 000 travayè etranje tanporè pou 2023, e li te anonse yon chemen imanitè ki gen jiska 11 000 plas.',
    'lad-2023-CA-01-p2':
      'Yo rapòte “gwo pwogrè” sou angajman pou akeyi 15 000 migran (yo pa bay okenn chif).',
    'lad-2024-CA-01-p1':
      'Kanada kòmanse resevwa referans Biwo Mobilite An Sekirite yo; yo atann premye moun yo ap rive an 2025.',
    'lad-2024-US-05-p1': 'Labor Neighbors te lanse nan mwa me 2024 nan kad Inisyativ Mobilite An Sekirite a.',
    'lad-2024-US-05-p2':
      'Y ap entegre Labor Neighbors nan Inisyativ Mobilite An Sekirite a, pou refere migran nan plis chemen epi konekte demann ak ofri mendèv.',
    'lad-2024-CO-01-p1':
      'Dekrè 1209 ane 2024 la kreye PEP Tutor pou reprezantan legal oswa moun ki gen gad timoun Venezwelyen ki gen PPT; sa konsène plis pase 270 000 timoun.',
    'lad-2024-CO-01-p2':
      'Kolonbi te anonse siyati yon plan regilarizasyon ki ka kouvri anviwon 600 000 paran ak titè san papye timoun ki gen pwoteksyon tanporè ki valab.',
    'lad-2024-CO-01-p3':
      'Demann PEP Tutor yo louvri soti 1ye septanm 2025 rive 30 avril 2026, pou timoun ki te gen yon PPT valab 31 desanm 2023. Pèmi a valab jiska 30 me 2031 e yo pa ka pwolonje l. Okenn sous pa rapòte anyen sou viza pèmanan espesyal la.',
    'lad-2024-EC-03-p1':
      'Ekwatè te pwolonje regilarizasyon an nan mwa out 2024 pou 200 000 migran anplis. Sous yo pa dakò: fich enfòmasyon 26 septanm 2024 la bay anviwon 100 000 Venezwelyen, jiska avril 2025.',
    'lad-2024-AR-01-p1':
      'Rejim Direksyon Nasyonal Migrasyon an te antre an vigè 20 septanm 2024 pou 90 jou, e yo ka pwolonje l. Li aksepte paspò ak kat idantite ki ekspire depi jiska 10 an, ak akt nesans pou timoun. Yo atann anviwon 20 000 Venezwelyen ki an sitiyasyon iregilye ap benefisye.',
    'lad-2024-PA-02-p1':
      'Dekrè Egzekitif 6 ki date 11 mas 2025 la kreye yon “pèmi pwoteksyon sekirite imanitè”: li valab 2 an e yo ka pwolonje l jiska 6 an anplis, li koute 1 250 dola ameriken, li louvri pou etranje ki an sitiyasyon iregilye depi omwen yon ane e li gen otorizasyon travay ladan l. Li an vigè depi piblikasyon li, 14 mas 2025.',
    'lad-2024-US-10-p1':
      '83 milyon dola nan nouvo pakèt la se pou reyenstalasyon refijye ak referans nan lòt chemen. Sa bay repatisyon pakèt la; li pa rapòte okenn depans ankò.',
    'lad-2024-US-08-p1':
      'Fich enfòmasyon reyinyon minis yo nan Gwatemala prezante lansman platfòm nan kòm yon bagay ki deja fèt.',
    'lad-2024-US-12-p1':
      'Fich enfòmasyon katriyèm reyinyon minis yo prezante sanksyon sa yo kòm sanksyon ki deja enpoze.',
    'lad-2024-GT-04-p1':
      'Fich enfòmasyon katriyèm reyinyon minis yo prezante rezo a kòm yon rezo yo deja kraze (out 2024).',
    'lad-2024-EC-04-p1':
      'Deklarasyon Mezon Blanch 17 septanm 2024 yo prezante obligasyon viza a kòm yon mezi ki an vigè depi jiyè 2024.',
    'lad-2024-BR-01-p1':
      'Deklarasyon Mezon Blanch 17 septanm 2024 yo prezante restriksyon yo kòm mezi ki an vigè depi out 2024.',
    'lad-2024-PA-01-p1':
      'Fich enfòmasyon katriyèm reyinyon minis yo rapòte plizyè santèn moun yo deja ranvwaye nan kad pwojè pilòt la.',
  },
};

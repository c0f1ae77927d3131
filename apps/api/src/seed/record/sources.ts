import type { Source } from '@lad/sdk';

/**
 * The public sources of the record, numbered as the record numbers them (S1–S42). Dates are
 * as precise as the source is: a day, or a month where only that is known; none where the
 * page is undated. `secondary` marks news reports and reprints of an official text.
 */
export const RECORD_SOURCES = {
  S1: {
    title:
      'Fact Sheet: The Los Angeles Declaration on Migration and Protection U.S. Government and Foreign Partner Deliverables',
    publisher: 'The White House',
    publishedOn: '2022-06-10',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/06/10/fact-sheet-the-los-angeles-declaration-on-migration-and-protection-u-s-government-and-foreign-partner-deliverables/',
    kind: 'official',
  },
  S2: {
    title: 'Lima Ministerial Meeting on the Los Angeles Declaration on Migration and Protection',
    publisher: 'U.S. Department of State',
    publishedOn: '2022-10-06',
    url: 'https://www.state.gov/lima-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection/',
    kind: 'official',
  },
  S3: {
    title:
      'Los Angeles Declaration on Migration and Protection Lima Ministerial Meeting (fact sheet, reprint; only its opening could be read)',
    publisher: 'U.S. Department of State',
    publishedOn: '2022-10-06',
    url: 'https://www.wirenn.com/post/los-angeles-declaration-on-migration-and-protection-lima-ministerial-meeting',
    kind: 'secondary',
  },
  S4: {
    title:
      'Fact Sheet: Third Ministerial Meeting on the Los Angeles Declaration on Migration and Protection in Guatemala',
    publisher: 'The White House',
    publishedOn: '2024-05-07',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/07/fact-sheet-third-ministerial-meeting-on-the-los-angeles-declarationon-migration-and-protection-in-guatemala/',
    kind: 'official',
  },
  S5: {
    title:
      'Fact sheet: Fourth Ministerial Meeting on the Los Angeles Declaration on Migration and Protection',
    publisher: 'The White House',
    publishedOn: '2024-09-26',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/09/26/fact-sheet-fourth-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection/',
    kind: 'official',
  },
  S6: {
    title:
      'Remarks as Prepared for Delivery by Homeland Security Advisor Dr. Liz Sherwood-Randall at the Fourth Ministerial Meeting on the Los Angeles Declaration on Migration and Protection',
    publisher: 'The White House',
    publishedOn: '2024-09-25',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/09/25/remarks-as-prepared-for-delivery-by-homeland-security-advisor-dr-liz-sherwood-randall-at-the-fourth-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection-new-york-ny/',
    kind: 'official',
  },
  S7: {
    title:
      'Remarks by Homeland Security Advisor Dr. Liz Sherwood-Randall on Implementing the Los Angeles Declaration on Migration and Protection at the Carnegie Endowment for International Peace',
    publisher: 'The White House',
    publishedOn: '2024-09-17',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2024/09/17/remarks-by-homeland-security-advisor-dr-liz-sherwood-randall-on-implementing-the-los-angeles-declaration-on-migration-and-protection-at-the-carnegie-endowment-for-international-peace/',
    kind: 'official',
  },
  S8: {
    title: 'Readout of Los Angeles Declaration Implementation Launch',
    publisher: 'The White House',
    publishedOn: '2022-09-27',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/09/27/readout-of-los-angeles-declaration-implementation-launch/',
    kind: 'official',
  },
  S9: {
    title: 'Fact Sheet: Biden-Harris Administration Announces New Border Enforcement Actions',
    publisher: 'The White House',
    publishedOn: '2023-01-05',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2023/01/05/fact-sheet-biden-harris-administration-announces-new-border-enforcement-actions/',
    kind: 'official',
  },
  S10: {
    title:
      'Background Press Call by Senior Administration Officials on the Third Ministerial of the Los Angeles Declaration on Migration and Protection in Guatemala',
    publisher: 'The White House',
    publishedOn: '2024-05-06',
    url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/05/06/background-press-call-by-senior-administration-officials-on-the-third-ministerial-of-the-los-angeles-declaration-on-migration-and-protection-in-guatemala/',
    kind: 'official',
  },
  S11: {
    title: 'Memorandum on Presidential Determination on Refugee Admissions for Fiscal Year 2024',
    publisher: 'The White House',
    publishedOn: '2023-09-29',
    url: 'https://www.whitehouse.gov/briefing-room/presidential-actions/2023/09/29/memorandum-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2024/',
    kind: 'official',
  },
  S12: {
    title: 'Los Angeles Declaration on Migration and Protection: implementation',
    publisher: 'USAID',
    url: 'https://www.usaid.gov/los-angeles-declaration-migration-and-protection/implementation',
    kind: 'official',
  },
  S13: {
    title: 'Endorsing countries: United States',
    publisher: 'Los Angeles Declaration website',
    url: 'https://losangelesdeclaration.com/index.php/endorsing-countries/united-states',
    kind: 'official',
  },
  S14: {
    title: 'Mexico to expand labor mobility programs and integrate refugees into its labor market',
    publisher: 'Secretaría de Relaciones Exteriores (Mexico)',
    publishedOn: '2022-06-10',
    url: 'https://www.gob.mx/sre/prensa/mexico-to-expand-labor-mobility-programs-and-integrate-refugees-into-its-labor-market',
    kind: 'official',
  },
  S15: {
    title: 'Joint Statement on the Los Angeles Declaration on Migration and Protection (reprint)',
    publisher: 'U.S. Department of State',
    publishedOn: '2023-06-23',
    url: 'https://statenewswire.com/stories/644531606-joint-statement-on-the-los-angeles-declaration-on-migration-and-protection',
    kind: 'secondary',
  },
  S16: {
    title:
      'Paraguay se compromete a compartir buenas prácticas y diseñar una hoja de ruta para enfrentar problemática migratoria',
    publisher: 'Dirección General de Migraciones (Paraguay)',
    publishedOn: '2022-10-07',
    url: 'https://migraciones.gov.py/paraguay-se-compromete-a-compartir-buenas-practicas-y-disenar-una-hoja-de-ruta-para-enfrentar-problematica-migratoria/',
    kind: 'official',
  },
  S17: {
    title: 'Los Angeles Declaration: Guyana to co-lead refugee resettlement committee',
    publisher: 'Guyana Times',
    publishedOn: '2022-10',
    url: 'https://guyanatimesgy.com/los-angeles-declaration-guyana-to-co-lead-refugee-resettlement-committee',
    kind: 'secondary',
  },
  S18: {
    title: 'Foreign Secretary meets with Senior Assistant Deputy Minister of Canada',
    publisher: 'Department of Public Information (Guyana)',
    publishedOn: '2023-01-19',
    url: 'https://dpi.gov.gy/foreign-secretary-meets-with-senior-assistant-deputy-minister-of-canada/',
    kind: 'official',
  },
  S19: {
    title: 'How Biden and Trudeau’s border deal affects asylum seekers entering Canada',
    publisher: 'PBS NewsHour',
    publishedOn: '2023-03-24',
    url: 'https://www.pbs.org/newshour/show/how-biden-and-trudeaus-border-deal-affects-asylum-seekers-entering-canada',
    kind: 'secondary',
  },
  S20: {
    title: 'Statement from Minister Miller on Canada’s commitment to support migrants in the Americas',
    publisher: 'Immigration, Refugees and Citizenship Canada',
    publishedOn: '2023-10-10',
    url: 'https://www.newswire.ca/news-releases/statement-from-minister-miller-on-canada-s-commitment-to-support-migrants-in-the-americas-847941770.html',
    kind: 'official',
  },
  S21: {
    title:
      'Western Hemisphere nations pledge to continue coordinating response to historic regional migration',
    publisher: 'Associated Press',
    publishedOn: '2024-05-07',
    url: 'https://au.news.yahoo.com/western-hemisphere-nations-pledge-continue-043547866.html',
    kind: 'secondary',
  },
  S22: {
    title: 'Colaborarán México, Guatemala y Honduras en la defensa de derechos de las personas migrantes',
    publisher: 'Caribe Empresarial',
    publishedOn: '2024-05',
    url: 'https://caribempresarial.com/colaboraran-mexico-guatemala-y-honduras-en-la-defensa-de-derechos-de-las-personas-migrantes/',
    kind: 'secondary',
  },
  S23: {
    title: 'Amnesty Program falls short of 60k goal',
    publisher: 'The San Pedro Sun',
    publishedOn: '2023-11-09',
    url: 'https://www.sanpedrosun.com/government/2023/11/09/amnesty-program-falls-short-of-60k-goal/',
    kind: 'secondary',
  },
  S24: {
    title: 'Albares and Honduran counterpart call circular migration program a success',
    publisher: 'The Diplomat in Spain',
    publishedOn: '2022-06-24',
    url: 'https://thediplomatinspain.com/en/2022/06/24/albares-and-honduran-counterpart-call-circular-migration-program-a-success',
    kind: 'secondary',
  },
  S25: {
    title: 'Espanha espera receber o dobro de trabalhadores agrícolas hondurenhos este ano',
    publisher: 'O Povo (AFP)',
    publishedOn: '2023-02-22',
    url: 'https://www.opovo.com.br/noticias/mundo/2023/02/22/espanha-espera-receber-o-dobro-de-trabalhadores-agricolas-hondurenhos-este-ano.html',
    kind: 'secondary',
  },
  S26: {
    title: 'Costa Rica otorgará categoría especial a migrantes de Nicaragua, Cuba y Venezuela',
    publisher: 'La Prensa (Nicaragua)',
    publishedOn: '2023-02-28',
    url: 'https://www.laprensani.com/2023/02/28/nacionales/3112593-costa-rica-otorgara-categoria-especial-a-migrantes-de-nicaragua-cuba-y-venezuela',
    kind: 'secondary',
  },
  S27: {
    title: 'Este 29 de febrero es último día para aplicar a la Categoría Especial en Costa Rica',
    publisher: 'República 18',
    publishedOn: '2024-02-28',
    url: 'https://republica18.com/ahora/37867-categoria-especial-temporal-migracion',
    kind: 'secondary',
  },
  S28: {
    title: '17.160 venezolanos se han regularizado en Ecuador y han obtenido la visa Virte',
    publisher: 'Sonorama (Ecuador)',
    publishedOn: '2022-11-16',
    url: 'https://www.sonorama.com.ec/17-160-venezolanos-se-han-regularizado-en-ecuador-y-han-obtenido-la-visa-virte/',
    kind: 'secondary',
  },
  S29: {
    title: 'Did your visa expire? News about the migratory regularization process',
    publisher: 'GringoPost',
    publishedOn: '2023-03-25',
    url: 'https://gringopost.com/2023/03/25/did-your-visa-expire-news-about-the-migratory-regularization-process/',
    kind: 'secondary',
  },
  S30: {
    title: 'Attention to migrants in Colombia will cost 1,800 million dollars',
    publisher: 'Breaking Latest News',
    publishedOn: '2023-03-18',
    url: 'https://www.breakinglatest.news/news/attention-to-migrants-in-colombia-will-cost-1800-million-dollars/',
    kind: 'secondary',
  },
  S31: {
    title:
      'Gobierno de Colombia implementa el PEP Tutor para regularizar a tutores de niños, niñas y adolescentes venezolanos en el país',
    publisher: '1250 AM Capital Radio',
    publishedOn: '2024-06-18',
    url: 'https://1250amcapitalradio.com/2024/06/18/gobierno-de-colombia-implementa-el-pep-tutor-para-regularizar-a-tutores-de-ninos-ninas-y-adolescentes-venezolanos-en-el-pais',
    kind: 'secondary',
  },
  S32: {
    title: 'Así podrán obtener estatus migratorio especial los tutores de niños venezolanos',
    publisher: 'Blu Radio',
    publishedOn: '2025-09-01',
    url: 'https://www.bluradio.com/nacion/asi-podran-obtener-estatus-migratorio-especial-los-tutores-de-ninos-venezolanos-rg10',
    kind: 'secondary',
  },
  S33: {
    title: 'Argentina flexibiliza el ingreso y la radicación de migrantes venezolanos',
    publisher: 'El País (copy on a third-party site)',
    publishedOn: '2024-09-21',
    url: 'https://colectoresindustrialesgs.com/argentina/2024-09-21/argentina-flexibiliza-el-ingreso-y-la-radicacion-de-migrantes-venezolanos.html?outputType=amp',
    kind: 'secondary',
  },
  S34: {
    title:
      'Residencia por arraigo: la figura creada por decreto que permitirá resolver la situación de 20.000 migrantes',
    publisher: 'Telenoche (Uruguay)',
    publishedOn: '2024-05-16',
    url: 'https://www.telenoche.com.uy/nacionales/residencia-arraigo-la-figura-creada-decreto-que-permitira-resolver-la-situacion-20000-migrantes-n5367687',
    kind: 'secondary',
  },
  S35: {
    title: 'Panamá creó permiso para regularizar migrantes',
    publisher: 'El Diario (EFE)',
    publishedOn: '2025-03-16',
    url: 'https://eldiario.com/2025/03/16/panama-creo-permiso-para-regularizar-migrantes/',
    kind: 'secondary',
  },
  S36: {
    title: 'Este año aumentó 139% la entrega de visas de trabajador fronterizo',
    publisher: 'La Jornada',
    publishedOn: '2023-05-29',
    url: 'https://jornada.com.mx/notas/2023/05/29/politica/este-ano-aumento-139-la-entrega-de-visas-de-trabajador-fronterizo',
    kind: 'secondary',
  },
  S37: {
    title:
      'Guatemala busca crear programa por medio de visas de trabajo con México para ampliar oportunidades laborales',
    publisher: 'Prensa Libre',
    publishedOn: '2025-09-06',
    url: 'https://www.prensalibre.com/economia/guatemala-busca-crear-programa-por-medio-de-visas-de-trabajo-con-mexico-para-ampliar-oportunidades-laborales/',
    kind: 'secondary',
  },
  S38: {
    title: 'Canada to welcome 4,000 additional migrants from Americas by 2028',
    publisher: 'The Canadian Press (Global News)',
    publishedOn: '2022-06-10',
    url: 'https://globalnews.ca/news/8911692/canada-welcome-additional-migrants-americas-2028/',
    kind: 'secondary',
  },
  S39: {
    title:
      'Colombia leads hemispheric migration policy as the inaugural chair and first secretariat of the Los Angeles Declaration',
    publisher: 'Embassy of Colombia in the U.S.',
    publishedOn: '2024-09-25',
    url: 'https://colombiaemb.org/post/colombia-leads-hemispheric-migration-policy-as-the-inaugural-chair-and-first-secretariat-of-the-los',
    kind: 'official',
  },
  S40: {
    title: 'PM: We cannot absorb irregular migrants',
    publisher: 'The Nassau Guardian',
    publishedOn: '2022-07-25',
    url: 'https://thenassauguardian.com/pm-we-cannot-absorb-irregular-migrants/',
    kind: 'secondary',
  },
  S41: {
    title: 'US urges Suriname to sign Los Angeles Declaration on Migration',
    publisher: 'Caribbean Times (CMC)',
    url: 'https://caribbeantimes.com/suriname-us-urges-suriname-to-sign-los-angeles-declaration-on-migration/',
    kind: 'secondary',
  },
  S42: {
    title: 'Blinken será el invitado principal de encuentro regional de migración en Guatemala',
    publisher: 'Paradigma (Honduras)',
    publishedOn: '2024-05',
    url: 'http://paradigma.hn/blinken-sera-el-invitado-principal-de-encuentro-regional-de-migracion-en-guatemala/',
    kind: 'secondary',
  },
} as const satisfies Record<string, Source>;

export type RecordSourceKey = keyof typeof RECORD_SOURCES;

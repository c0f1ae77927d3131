import type { Source } from '../schemas/common.js';

/**
 * Public sources of the reference data, each with its address and the date it was published.
 * `secondary` marks news sites and reprints of official texts.
 */
export const SOURCES = {
  declarationText: {
    title:
      'Los Angeles Declaration on Migration and Protection (text, reprinted from the Government of Canada)',
    url: 'https://einpresswire.com/article/576299938/los-angeles-declaration-on-migration-and-protection',
    publisher: 'Government of Canada (reprint)',
    publishedOn: '2022-06-10',
    kind: 'secondary',
  },
  declarationTextEs: {
    title: 'Declaración sobre Migración y Protección de Los Ángeles',
    url: 'https://es.wikisource.org/wiki/Declaración%20sobre%20Migración%20y%20Protección%20de%20Los%20Ángeles',
    publisher: 'Wikisource',
    kind: 'secondary',
  },
  unhcrWelcomes: {
    title: 'UNHCR welcomes Los Angeles Declaration on Migration and Protection in the Americas',
    url: 'https://unhcr.org/uk/news/press-releases/unhcr-welcomes-los-angeles-declaration-migration-and-protection-americas',
    publisher: 'UNHCR',
    kind: 'official',
  },
  gleanerCaricom: {
    title: 'Jamaica among four CARICOM nations that signed Los Angeles Declaration on migration',
    url: 'https://jamaica-gleaner.com/article/news/20220611/jamaica-among-four-caricom-nations-signed-los-angeles-declaration-migration',
    publisher: 'Jamaica Gleaner',
    publishedOn: '2022-06-11',
    kind: 'secondary',
  },
  limaMinisterial: {
    title: 'Lima Ministerial Meeting on the Los Angeles Declaration on Migration and Protection',
    url: 'https://www.state.gov/lima-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection/',
    publisher: 'U.S. Department of State',
    publishedOn: '2022-10-06',
    kind: 'official',
  },
  limaMinisterialMirror: {
    title: 'Lima Ministerial Meeting on the Los Angeles Declaration (full list mirrored)',
    url: 'https://www.einpresswire.com/article/594588639/lima-ministerial-meeting-on-the-los-angeles-declaration-on-migration-and-protection',
    kind: 'secondary',
  },
  specialCoordinatorsLaunch: {
    title:
      'Readout of the launch of the implementation of the Los Angeles Declaration (White House readout reprint)',
    url: 'https://perutrenorg.b-cdn.net/reading-of-the-launch-of-the-implementation-of-the-declaration-of-los-angeles/',
    kind: 'secondary',
  },
  guyanaTimes: {
    title: 'Los Angeles Declaration: Guyana to co-lead refugee resettlement committee',
    url: 'https://guyanatimesgy.com/los-angeles-declaration-guyana-to-co-lead-refugee-resettlement-committee',
    publisher: 'Guyana Times',
    kind: 'secondary',
  },
  ladUnitedStates: {
    title: 'Endorsing countries: United States',
    url: 'https://losangelesdeclaration.com/index.php/endorsing-countries/united-states',
    publisher: 'Los Angeles Declaration website',
    kind: 'official',
  },
  guyanaDpi: {
    title: 'Foreign Secretary meets with Senior Assistant Deputy Minister of Canada',
    url: 'https://dpi.gov.gy/foreign-secretary-meets-with-senior-assistant-deputy-minister-of-canada/',
    publisher: 'Department of Public Information (Guyana)',
    publishedOn: '2023-01-19',
    kind: 'official',
  },
  guatemalaMinisterial: {
    title:
      'Fact Sheet: Third Ministerial Meeting on the Los Angeles Declaration on Migration and Protection in Guatemala',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/07/fact-sheet-third-ministerial-meeting-on-the-los-angeles-declarationon-migration-and-protection-in-guatemala/',
    publisher: 'The White House',
    publishedOn: '2024-05-07',
    kind: 'official',
  },
  paraguayLima: {
    title:
      'Paraguay se compromete a compartir buenas prácticas y diseñar una hoja de ruta para enfrentar problemática migratoria',
    url: 'https://migraciones.gov.py/paraguay-se-compromete-a-compartir-buenas-practicas-y-disenar-una-hoja-de-ruta-para-enfrentar-problematica-migratoria/',
    publisher: 'Dirección General de Migraciones (Paraguay)',
    publishedOn: '2022-10-07',
    kind: 'official',
  },
  ladWebsite: {
    title: 'Los Angeles Declaration',
    url: 'https://losangelesdeclaration.com/los-angeles-declaration',
    publisher: 'Los Angeles Declaration website',
    kind: 'official',
  },
  ladPillarIV: {
    title: 'Promoting a Coordinated Emergency Response',
    url: 'https://losangelesdeclaration.com/implementation-los-angeles-declaration/promoting-coordinated-emergency-response',
    publisher: 'Los Angeles Declaration website',
    kind: 'official',
  },
  usaid: {
    title: 'Los Angeles Declaration on Migration and Protection',
    url: 'https://www.usaid.gov/los-angeles-declaration-migration-and-protection',
    publisher: 'USAID',
    kind: 'official',
  },
  usaidImplementation: {
    title: 'Los Angeles Declaration: Implementation',
    url: 'https://www.usaid.gov/los-angeles-declaration-migration-and-protection/implementation',
    publisher: 'USAID',
    kind: 'official',
  },
  pillarsEs: {
    title: 'Puntos relevantes de la Declaración de Los Ángeles sobre Migración',
    url: 'https://primeralineanyc.com/puntos-relevantes-de-la-declaracion-de-los-angeles-sobre-migracion/',
    publisher: 'Primera Línea NYC',
    kind: 'secondary',
  },
  csm: {
    title: '¿Qué es la CSM?',
    url: 'https://csmigraciones.org/es/quienes-somos/que-es-la-csm',
    publisher: 'Conferencia Suramericana sobre Migraciones',
    kind: 'official',
  },
  crm: {
    title: 'About us',
    url: 'https://portal.crmsv.org/en/about-us',
    publisher: 'Regional Conference on Migration',
    kind: 'official',
  },
  unNetworkLac: {
    title:
      'Report: regional implementation review of the Global Compact for Safe, Orderly and Regular Migration in Latin America and the Caribbean',
    url: 'https://www.cepal.org/en/notes/report-regional-implementation-review-global-compact-safe-orderly-and-regular-migration-latin',
    publisher: 'ECLAC',
    kind: 'official',
  },
  quitoMembers: {
    title: 'Member States',
    url: 'https://www.procesodequito.org/en/member-states',
    publisher: 'Quito Process',
    kind: 'official',
  },
  quitoWikipedia: {
    title: 'Quito Process',
    url: 'https://en.wikipedia.org/wiki/Quito_Process',
    publisher: 'Wikipedia',
    kind: 'secondary',
  },
  mirpsOas: {
    title: 'MIRPS: OAS–UNHCR joint unit',
    url: 'https://www.oas.org/ext/en/human-rights/mirps-oas-unhcr-joint-unit',
    publisher: 'Organization of American States',
    kind: 'official',
  },
  mirpsReport2019: {
    title: 'II Annual Report of the Comprehensive Regional Protection and Solutions Framework (MIRPS) 2019',
    url: 'https://reliefweb.int/report/mexico/ii-annual-report-regional-comprehensive-protection-solutions-framework-mirps-2019',
    publisher: 'ReliefWeb',
    kind: 'secondary',
  },
  cartagena40: {
    title: 'Adoption of the Declaration and Plan of Action of Chile 2024–2034',
    url: 'https://disasterdisplacement.org/news-events/adoption-of-the-declaration-and-plan-of-action-of-chile-2024-2034-a-milestone-in-regional-cooperation',
    publisher: 'Platform on Disaster Displacement',
    kind: 'secondary',
  },
  mercosur: {
    title: 'Mercosur',
    url: 'https://es.m.wikipedia.org/wiki/Especial:MobileLanguages/Mercosur',
    publisher: 'Wikipedia',
    kind: 'secondary',
  },
  caricom: {
    title: 'CARICOM trade bloc',
    url: 'http://globaledge.msu.edu/trade-blocs/caricom',
    publisher: 'globalEDGE, Michigan State University',
    kind: 'secondary',
  },
  ogpCompletion: {
    title: 'Glossary: Completion',
    url: 'https://www.opengovpartnership.org/glossary/completion/',
    publisher: 'Open Government Partnership',
    kind: 'official',
  },
} as const satisfies Record<string, Source>;
